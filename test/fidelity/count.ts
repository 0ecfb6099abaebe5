/**
 * The fidelity benchmark's counting (scripts/bench-fidelity.ts): what of an article's structure an
 * extractor's output still holds, measured against a page's truth (test/fidelity/pages/<name>.json).
 * Every function takes the output's root element (or null for "no article") and reads only the DOM, so
 * vanilla Readability's content, Readcite's contentHtml and the view's sanitised fragment are measured
 * the same way. No browser globals: the nodes passed in carry their own document.
 */

/** One formula; `tex` is null where the page itself does not carry the TeX (MathJax 3, Temml without annotate). */
export interface FormulaTruth {
  tex: string | null;
}

export interface EmbedTruth {
  /** The provider's name as a reader would recognise it ("YouTube"). */
  provider: string;
  /** The canonical URL of the video or post. */
  url: string;
  /** URL fragments, any one of which identifies this item in an href or src ("youtube.com/embed/ID"). */
  match: string[];
}

export interface CalloutTruth {
  /** The kind the markup gives it (note, tip, warning, info). */
  kind: string;
  /** The label the reader sees ("Note", "Tip:"). */
  label: string;
  /** The callout's text, exactly as on the page (squashed). */
  text: string;
}

/** One inline SVG drawing (a chart, a diagram): the words of its labels (whether they run together is the glue row's). */
export interface DrawingTruth {
  labels: string[];
}

/** The truth for one page, as in test/fidelity/pages/<name>.json. */
export interface PageTruth {
  url: string;
  /** What the page tests and where its markup shape comes from. */
  tests: string;
  /** A short real article: "no article" for it is a refusal of real content. */
  short?: boolean;
  formulas?: FormulaTruth[];
  /** refs: how many references there are in the text; notes: a distinctive snippet of each note's text. */
  footnotes?: { refs: number; notes: string[] };
  /** The exact text of each code block, as a reader should be able to copy it (no line numbers). */
  code?: string[];
  /** The header cells' texts of each table, in document order. */
  tables?: string[][];
  embeds?: EmbedTruth[];
  callouts?: CalloutTruth[];
  drawings?: DrawingTruth[];
  /** Section headings (not the title), exact text. */
  headings?: string[];
  /** Word pairs that must stay apart: each pair found joined ("thisstatement") is a glued pair. */
  glue?: [string, string][];
  /** Sentences of the article that must be kept (around removed elements, in sections the cleaner judges). */
  passages?: string[];
}

/** One measure on one output: how many of `truth` items the output keeps, and which it misses. */
export interface Measure {
  truth: number;
  kept: number;
  /** Short descriptions of the items missed (for glue: the pairs found glued). */
  misses: string[];
}

export const METRICS = [
  'formulas',
  'tex',
  'notesPresent',
  'refsLinked',
  'backLinked',
  'codeExact',
  'tables',
  'embedsLinked',
  'embeds',
  'calloutsLabelled',
  'calloutsBoxed',
  'drawings',
  'headings',
  'passages',
  'glued',
  'noArticle',
] as const;
export type Metric = (typeof METRICS)[number];
export type PageMeasures = Record<Metric, Measure>;

/** Collapses runs of white space (NBSP included) to one space and trims. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
/** Drops all white space (TeX is compared this way: `E = mc^2` and `E=mc^2` are the same source). */
const dense = (text: string): string => text.replace(/[\s\u00a0]+/g, '');
const cut = (text: string, n = 48): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Elements that break a line where they start and end, as a reader sees the text. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

const tagOf = (el: Element): string => el.localName.toLowerCase();

/**
 * The text a reader sees: text nodes in order, with a line break at block boundaries (two adjacent
 * paragraphs are not glued words) and nothing added inside inline runs (a removed space stays removed).
 * MathML annotations are left out: they are the formula's source, not its rendering.
 */
export function renderedText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'annotation' || tag === 'annotation-xml' || tag === 'script' || tag === 'style' || tag === 'template') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

/** Top-level MathML elements (a <math> inside another is part of it). */
export function mathElements(root: Element): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((el) => tagOf(el) === 'math' && !el.parentElement?.closest('math'));
}

/** The TeX a MathML element carries: its TeX annotation (or one whose encoding was stripped), else its alttext. */
export function mathTex(math: Element): string | null {
  for (const a of Array.from(math.getElementsByTagName('*'))) {
    const encoding = a.getAttribute('encoding');
    if (tagOf(a) === 'annotation' && (encoding === null || /tex/i.test(encoding))) return a.textContent;
  }
  return math.getAttribute('alttext');
}

/** Everything in the output that can hold a formula's source: text (annotations included) and text alternatives. */
function texHaystack(root: Element): string {
  const attrs: string[] = [];
  for (const el of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    for (const name of ['alt', 'title', 'aria-label', 'alttext', 'data-tex', 'data-latex']) {
      const v = el.getAttribute(name);
      if (v) attrs.push(v);
    }
  }
  return dense(`${root.textContent}\u0000${attrs.join('\u0000')}`);
}

/**
 * Formulas kept: a formula counts when its TeX source is in the output (text, annotation or an image's
 * alt) or when a MathML element stands for it. MathML elements whose TeX matches a truth formula are
 * that formula's; the others are assigned, in order, to formulas not yet kept (MathJax 3 and Temml
 * leave no TeX to match on). TeX kept: formulas whose page carries TeX and whose TeX is in the output.
 */
export function countFormulas(root: Element | null, truth: readonly FormulaTruth[]): { formulas: Measure; tex: Measure } {
  const withTex = truth.filter((f) => f.tex !== null);
  if (!root) return { formulas: { truth: truth.length, kept: 0, misses: ['no article'] }, tex: { truth: withTex.length, kept: 0, misses: ['no article'] } };
  const hay = texHaystack(root);
  const maths = mathElements(root);
  const unmatched = new Set(maths);
  const kept = truth.map(() => false);
  const texMisses: string[] = [];
  let texKept = 0;
  truth.forEach((f, i) => {
    if (f.tex === null) return;
    const want = dense(f.tex);
    const own = maths.find((m) => unmatched.has(m) && dense(mathTex(m) ?? '') === want);
    if (own) unmatched.delete(own);
    if (hay.includes(want)) {
      texKept++;
      kept[i] = true;
    } else texMisses.push(cut(f.tex));
    if (own) kept[i] = true;
  });
  let spare = unmatched.size;
  truth.forEach((_, i) => {
    if (!kept[i] && spare > 0) {
      kept[i] = true;
      spare--;
    }
  });
  const misses = truth.flatMap((f, i) => (kept[i] ? [] : [`formula ${i + 1}${f.tex ? ` ${cut(f.tex)}` : ''}`]));
  return {
    formulas: { truth: truth.length, kept: kept.filter(Boolean).length, misses },
    tex: { truth: withTex.length, kept: texKept, misses: texMisses },
  };
}

/** The element an in-document fragment link (`#id`, the only kind that works inside the view) leads to. */
function fragmentTargets(root: Element): (a: Element) => Element | null {
  const byId = new Map<string, Element>();
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const id = el.getAttribute('id');
    if (id && !byId.has(id)) byId.set(id, el);
    const name = tagOf(el) === 'a' ? el.getAttribute('name') : null;
    if (name && !byId.has(name)) byId.set(name, el);
  }
  return (a) => {
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.length < 2) return null;
    let id = href.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // a malformed escape: the raw fragment is the id
    }
    return byId.get(id) ?? null;
  };
}

/** A link a reader can see and click: it has text, an image or an accessible name. */
const usable = (a: Element): boolean => squash(a.textContent) !== '' || !!a.querySelector('img, svg') || !!a.getAttribute('aria-label');

/** The nearest block element at or above `el` (inside root), where a note's or reference's text lives. */
function blockOf(el: Element, root: Element): Element {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (BLOCK.has(tagOf(e)) && tagOf(e) !== 'br') return e;
  return root;
}

/** Which note (by its snippet) a block holds, or -1. */
function noteIn(block: Element, notes: readonly string[]): number {
  const text = squash(block.textContent);
  return notes.findIndex((snippet) => text.includes(squash(snippet)));
}

/**
 * Footnotes. notesPresent: notes whose text is in the output. refsLinked: usable `#fragment` links whose
 * target exists in the same output and whose target's block holds a note's text (capped at the truth's
 * number of references). backLinked: notes whose block holds a usable `#fragment` link to an existing
 * element outside that block (the reference).
 */
export function countFootnotes(root: Element | null, truth: { refs: number; notes: readonly string[] }): { notesPresent: Measure; refsLinked: Measure; backLinked: Measure } {
  const n = truth.notes.length;
  if (!root) {
    const none = (t: number): Measure => ({ truth: t, kept: 0, misses: ['no article'] });
    return { notesPresent: none(n), refsLinked: none(truth.refs), backLinked: none(n) };
  }
  const text = squash(renderedText(root));
  const present = truth.notes.map((s) => text.includes(squash(s)));
  const target = fragmentTargets(root);
  let refs = 0;
  const back = truth.notes.map(() => false);
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const t = target(a);
    if (!t || !usable(a)) continue;
    const targetNote = noteIn(blockOf(t, root), truth.notes);
    const ownBlock = blockOf(a, root);
    const ownNote = noteIn(ownBlock, truth.notes);
    if (targetNote >= 0 && ownNote !== targetNote) refs++;
    else if (ownNote >= 0 && !ownBlock.contains(t)) back[ownNote] = true;
  }
  const missing = (flags: boolean[]) => truth.notes.flatMap((s, i) => (flags[i] ? [] : [cut(s)]));
  return {
    notesPresent: { truth: n, kept: present.filter(Boolean).length, misses: missing(present) },
    refsLinked: { truth: truth.refs, kept: Math.min(refs, truth.refs), misses: refs < truth.refs ? [`${truth.refs - refs} of ${truth.refs} references unlinked`] : [] },
    backLinked: { truth: n, kept: back.filter(Boolean).length, misses: missing(back) },
  };
}

/** Trailing white space is the only difference allowed between a code block and its truth. */
const codeForm = (text: string): string => text.replace(/[\s]+$/, '');

/** Code blocks (pre) whose text is exactly the truth's, each pre matched at most once. */
export function countCode(root: Element | null, truth: readonly string[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: ['no article'] };
  const pres = Array.from(root.getElementsByTagName('pre')).map((p) => codeForm(p.textContent));
  const misses: string[] = [];
  let kept = 0;
  for (const code of truth) {
    const i = pres.indexOf(codeForm(code));
    if (i >= 0) {
      kept++;
      pres.splice(i, 1);
    } else {
      // The nearest block by first line, to show what happened to it.
      const first = code.split('\n')[0] ?? '';
      const near = pres.find((p) => p.includes(first.trim().slice(0, 12)));
      misses.push(`${cut(JSON.stringify(first), 40)}${near === undefined ? ' (no pre holds it)' : ` → ${cut(JSON.stringify(near), 60)}`}`);
    }
  }
  return { truth: truth.length, kept, misses };
}

/** Tables whose th cells read exactly the truth's header texts, in order. */
export function countTables(root: Element | null, truth: readonly (readonly string[])[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: ['no article'] };
  const found = Array.from(root.getElementsByTagName('table')).map((t) => Array.from(t.getElementsByTagName('th')).map((th) => squash(th.textContent)).join(' | '));
  const misses: string[] = [];
  let kept = 0;
  for (const headers of truth) {
    const want = headers.map(squash).join(' | ');
    const i = found.indexOf(want);
    if (i >= 0) {
      kept++;
      found.splice(i, 1);
    } else misses.push(`table [${cut(want, 40)}]${found.length ? ` (tables have: ${found.map((f) => `[${cut(f, 30)}]`).join(', ')})` : ''}`);
  }
  return { truth: truth.length, kept, misses };
}

const wordIn = (text: string, word: string): boolean => new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);

/**
 * Embeds. embedsLinked: an href or src in the output points at the item. embeds: kept in a form that
 * names the provider and links to it: the provider's own frame (iframe src), or a link whose text,
 * title or surrounding block names the provider.
 */
export function countEmbeds(root: Element | null, truth: readonly EmbedTruth[]): { embedsLinked: Measure; embeds: Measure } {
  if (!root) return { embedsLinked: { truth: truth.length, kept: 0, misses: ['no article'] }, embeds: { truth: truth.length, kept: 0, misses: ['no article'] } };
  const pointers = Array.from(root.querySelectorAll('a[href], iframe[src], video[src], audio[src], embed[src], object[data]'));
  const urlOf = (el: Element) => (el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('data') ?? '').toLowerCase();
  let linked = 0;
  let kept = 0;
  const linkMisses: string[] = [];
  const keptMisses: string[] = [];
  for (const e of truth) {
    const hits = pointers.filter((p) => e.match.some((m) => urlOf(p).includes(m.toLowerCase())));
    if (hits.length) linked++;
    else linkMisses.push(`${e.provider} ${e.url}`);
    const named = hits.some((p) => {
      if (tagOf(p) !== 'a') return tagOf(p) === 'iframe';
      const around = `${p.textContent} ${p.getAttribute('title') ?? ''} ${p.getAttribute('aria-label') ?? ''} ${blockOf(p, root).textContent}`;
      return wordIn(around, e.provider);
    });
    if (named) kept++;
    else keptMisses.push(`${e.provider}${hits.length ? ' (linked, provider not named)' : ''}`);
  }
  return {
    embedsLinked: { truth: truth.length, kept: linked, misses: linkMisses },
    embeds: { truth: truth.length, kept, misses: keptMisses },
  };
}

/** Roles and class or data words that make a box a callout in the view. */
const BOX_TAGS = new Set(['aside', 'blockquote', 'details', 'figure']);
const BOX_ROLES = /^(?:note|alert|status|complementary|doc-tip|doc-notice)$/i;
const BOX_WORDS = /callout|admonition|alert|note|notice|hint|tip|warning|caution|important|info/i;

/** True when `el` is marked as a box a reader can tell apart from the prose around it. */
function isBox(el: Element, kind: string): boolean {
  if (BOX_TAGS.has(tagOf(el)) || BOX_ROLES.test(el.getAttribute('role') ?? '')) return true;
  for (const attr of Array.from(el.attributes)) {
    if ((attr.name === 'class' || attr.name.startsWith('data-')) && (BOX_WORDS.test(attr.value) || wordIn(attr.value, kind))) return true;
  }
  return false;
}

/**
 * Callouts. calloutsLabelled: the smallest element holding the callout's text also holds its label,
 * before the text, and little else (the label is the callout's, not a word elsewhere). calloutsBoxed:
 * that element, or an ancestor holding no more text, is a box (aside, blockquote, details, a note or
 * alert role, or a class or data attribute naming a callout).
 */
export function countCallouts(root: Element | null, truth: readonly CalloutTruth[]): { calloutsLabelled: Measure; calloutsBoxed: Measure } {
  if (!root) return { calloutsLabelled: { truth: truth.length, kept: 0, misses: ['no article'] }, calloutsBoxed: { truth: truth.length, kept: 0, misses: ['no article'] } };
  let labelled = 0;
  let boxed = 0;
  const labelMisses: string[] = [];
  const boxMisses: string[] = [];
  const all = Array.from(root.getElementsByTagName('*'));
  for (const c of truth) {
    const body = squash(c.text);
    const holders = all.filter((el) => squash(renderedText(el)).includes(body));
    const inner = holders.at(-1); // document order: the last holder is the innermost
    let container: Element | undefined;
    for (let el: Element | null | undefined = inner; el && el !== root; el = el.parentElement) {
      const text = squash(renderedText(el));
      if (text.length > body.length + c.label.length + 40) break;
      const at = text.indexOf(c.label);
      if (at >= 0 && at < text.indexOf(body)) {
        container = el;
        break;
      }
    }
    if (!inner) {
      labelMisses.push(`${c.kind}: text lost`);
      boxMisses.push(`${c.kind}: text lost`);
      continue;
    }
    if (container) labelled++;
    else labelMisses.push(`${c.kind}: label “${c.label}” not with its text`);
    let box = false;
    const limit = squash(renderedText(container ?? inner)).length + 2;
    for (let el: Element | null = container ?? inner; el && el !== root && squash(renderedText(el)).length <= limit; el = el.parentElement) {
      if (isBox(el, c.kind)) box = true;
    }
    if (box) boxed++;
    else boxMisses.push(`${c.kind}: not a box (${tagOf(container ?? inner)}${(container ?? inner).attributes.length ? ' with attributes' : ''})`);
  }
  return {
    calloutsLabelled: { truth: truth.length, kept: labelled, misses: labelMisses },
    calloutsBoxed: { truth: truth.length, kept: boxed, misses: boxMisses },
  };
}

/** Shapes and the attributes that give each its geometry: without them nothing is drawn. */
const GEOMETRY: Record<string, string[]> = { path: ['d'], rect: ['width', 'height'], circle: ['r'], ellipse: ['rx', 'ry'], line: ['x2', 'y2'], polyline: ['points'], polygon: ['points'] };

/**
 * Drawings kept: an outermost <svg> that still draws (a shape with its geometry) and holds the text of
 * every label of a truth drawing; each <svg> matched once.
 */
export function countDrawings(root: Element | null, truth: readonly DrawingTruth[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: truth.length ? ['no article'] : [] };
  const svgs = Array.from(root.getElementsByTagName('*')).filter((el) => tagOf(el) === 'svg' && !el.parentElement?.closest('svg'));
  const draws = (svg: Element) => Array.from(svg.getElementsByTagName('*')).some((el) => GEOMETRY[tagOf(el)]?.some((a) => el.hasAttribute(a)));
  const unmatched = new Set(svgs.filter(draws));
  const misses: string[] = [];
  let kept = 0;
  truth.forEach((d, i) => {
    const own = [...unmatched].find((svg) => {
      const text = squash(svg.textContent);
      return d.labels.every((l) => text.includes(l));
    });
    if (own) {
      kept++;
      unmatched.delete(own);
    } else misses.push(`drawing ${i + 1}: ${svgs.length ? 'not drawn, or labels lost' : 'no svg'}`);
  });
  return { truth: truth.length, kept, misses };
}

/** A heading's text without the permalink glyph many generators append (¶, #, §, 🔗). */
const headingForm = (text: string): string => squash(text).replace(/\s*[¶#§🔗]+$/u, '');

/** Headings (h1-h6) whose text is exactly the truth's, each element matched once. */
export function countHeadings(root: Element | null, truth: readonly string[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: ['no article'] };
  const found = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => headingForm(h.textContent));
  const misses: string[] = [];
  let kept = 0;
  for (const h of truth) {
    const i = found.indexOf(squash(h));
    if (i >= 0) {
      kept++;
      found.splice(i, 1);
    } else misses.push(`“${h}”`);
  }
  return { truth: truth.length, kept, misses };
}

/** Passages whose text is in the output as a reader sees it. */
export function countPassages(root: Element | null, truth: readonly string[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: ['no article'] };
  const text = squash(renderedText(root));
  const misses = truth.filter((p) => !text.includes(squash(p))).map((p) => `“${cut(p)}”`);
  return { truth: truth.length, kept: truth.length - misses.length, misses };
}

/** Glued pairs: truth word pairs found joined without a space (lower is better; `kept` counts the glued). */
export function countGlued(root: Element | null, truth: readonly (readonly [string, string])[]): Measure {
  if (!root) return { truth: truth.length, kept: 0, misses: [] };
  const text = renderedText(root);
  const glued = truth.filter(([a, b]) => text.includes(a + b)).map(([a, b]) => `“${a}${b}”`);
  return { truth: truth.length, kept: glued.length, misses: glued };
}

/** Every measure of one output against one page's truth; a structure the page lacks measures 0 of 0. */
export function measurePage(root: Element | null, truth: PageTruth): PageMeasures {
  const formulas = countFormulas(root, truth.formulas ?? []);
  const footnotes = countFootnotes(root, truth.footnotes ?? { refs: 0, notes: [] });
  const embeds = countEmbeds(root, truth.embeds ?? []);
  const callouts = countCallouts(root, truth.callouts ?? []);
  return {
    ...formulas,
    ...footnotes,
    codeExact: countCode(root, truth.code ?? []),
    tables: countTables(root, truth.tables ?? []),
    ...embeds,
    ...callouts,
    drawings: countDrawings(root, truth.drawings ?? []),
    headings: countHeadings(root, truth.headings ?? []),
    passages: countPassages(root, truth.passages ?? []),
    glued: countGlued(root, truth.glue ?? []),
    noArticle: { truth: 1, kept: root ? 0 : 1, misses: root ? [] : [truth.short ? 'no article (a short real article)' : 'no article'] },
  };
}
