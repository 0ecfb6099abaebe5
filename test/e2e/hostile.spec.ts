import { test, expect } from './fixtures.js';
import { hostilePages, PLACEMENTS } from '../hostile/pages.js';

/**
 * Hostile pages: payloads in every place Readcite reads. Whatever the page itself runs at load is its
 * own business; after the click nothing more may run, no request may leave for another origin, and the
 * view may hold no script, form, frame, object, base or unsafe link, and no SVG that runs, loads or animates. Anything the reader frame reports
 * (a payload that tried to run there would be refused by the extension pages' CSP, an error of the
 * frame) fails the test through the ext fixture.
 */
const pages = hostilePages();

test(`hostile pages: ${pages.size} pages, ${PLACEMENTS} placed payloads, nothing runs and nothing leaks`, async ({ ext, siteOrigin: site }) => {
  test.setTimeout(180_000);
  const tab = await ext.firstTab();
  // Requests to other origins after the click, unless the page itself had already made the same one
  // (a page's own <base href> points its own images elsewhere; showing them is not a leak).
  const foreign: string[] = [];
  const pageOwn = new Set<string>();
  let watching = false;
  ext.onRequest((url) => {
    if (url.startsWith(site) || url.startsWith(ext.extensionOrigin)) return;
    if (!watching) pageOwn.add(url);
    else if (!pageOwn.has(url)) foreign.push(url);
  });

  for (const name of pages.keys()) {
    await tab.goto(`${site}/gen/${name}`);
    const view = tab.view;
    const before = await tab.evaluate(() => [...(window as unknown as { __pwned: string[] }).__pwned]);
    watching = true;
    await ext.clickAction(tab);
    // Open, every eager image settled (loaded or failed), and two frames on: any handler would have run by
    // then. Lazy images further down load only when scrolled to; the audit below checks they carry no handler.
    await view.waitFor((root) => Array.from(root.querySelectorAll('img')).every((i) => i.complete || i.loading === 'lazy'));
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await tab.evaluate(() => [...(window as unknown as { __pwned: string[] }).__pwned]);
    expect(after, `${name}: code ran after the click`).toEqual(before);

    const audit = await view.eval((root) => {
      const article = Array.from(root.querySelectorAll('.rc-header, .rc-lead, .rc-body'));
      const all = article.flatMap((el) => [el, ...Array.from(el.querySelectorAll('*'))]);
      return {
        // By local name: SVG's camel-case names (foreignObject) are not matched by a lower-case selector.
        // Inline SVG is kept, but none of its pieces that run, load or animate.
        forbidden: all
          .filter((el) => ['script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link', 'meta', 'annotation-xml', 'template', 'portal', 'audio', 'video', 'source', 'dialog', 'slot', 'foreignobject', 'use', 'image', 'feimage', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set', 'mpath', 'tref', 'altglyph', 'glyphref', 'cursor'].includes(el.localName.toLowerCase()))
          .map((el) => el.localName),
        handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'srcset' || a.name === 'ping' || a.name === 'formaction' || a.name === 'xml:id').map((a) => `${el.tagName}[${a.name}]`)),
        // Only links link: MathML's href and xlink:href are taken off; a drawing keeps an href only to one of
        // its own (prefixed) elements.
        hrefs: all
          .filter((el) => el.tagName !== 'A' && (el.hasAttribute('xlink:href') || (el.hasAttribute('href') && !(el.namespaceURI === 'http://www.w3.org/2000/svg' && el.getAttribute('href')!.startsWith('#user-content-')))))
          .map((el) => `${el.localName}[href=${el.getAttribute('href') ?? el.getAttribute('xlink:href')}]`),
        // url() in a drawing's attributes only to its own prefixed elements; no CSS escape (HTML attributes
        // are text, such as an alt, where a payload's "url(" is only words).
        urls: all.filter((el) => el.namespaceURI === 'http://www.w3.org/2000/svg').flatMap((el) => Array.from(el.attributes).filter((a) => /url\(|\\/i.test(a.value) && a.value.replace(/url\(#user-content-[^)\s'"]+\)/g, '').match(/url\(|\\/i)).map((a) => `${el.localName}[${a.name}=${a.value}]`)),
        // Web and mail links, and links within the article to its own prefixed ids (footnotes).
        badLinks: all.filter((el) => el.matches('a[href]') && !/^(?:https?:|mailto:|#user-content-)/i.test(el.getAttribute('href') ?? '')).map((el) => el.getAttribute('href')),
        openLinks: all.filter((el) => el.matches('a[href]') && !el.getAttribute('href')!.startsWith('#') && el.getAttribute('rel') !== 'noopener noreferrer').length,
        // No id or name from the page reaches the view unprefixed: the view's own elements cannot be named.
        // (the view's own additions, such as the note preview, are its own and marked view-only).
        unprefixed: Array.from(root.querySelectorAll('.rc-body [id]:not(.rc-view-only), .rc-body [name]:not(.rc-view-only)'))
          .filter((el) => ['id', 'name'].some((a) => el.hasAttribute(a) && !el.getAttribute(a)!.startsWith('user-content-')))
          .map((el) => `${el.tagName}#${el.getAttribute('id') ?? el.getAttribute('name')}`),
        badImages: all.filter((el) => el.matches('img') && !/^https?:/i.test(el.getAttribute('src') ?? '')).map((el) => el.getAttribute('src')),
      };
    });
    expect(audit, name).toEqual({ forbidden: [], handlers: [], hrefs: [], urls: [], badLinks: [], openLinks: 0, unprefixed: [], badImages: [] });
    expect(await view.hostCount(), name).toBe(1);

    await ext.clickAction(tab);
    await view.waitForClosed();
    watching = false;
  }
  expect(tab.dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});
