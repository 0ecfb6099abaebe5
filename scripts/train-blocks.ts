/**
 * The learned block model, tried honestly: labels the blocks of Readability's output on real pages from
 * their ground truth, trains a logistic regression (and, for comparison, boosted depth-2 trees) over the
 * language-neutral features of src/core/block-features.ts, and compares it with the rule cleaner in 5-fold
 * cross-validation grouped by publisher (fold = hash of the publisher), on ../shared/corpus and ../shared/fundus.
 *
 * The rule cleaner's text is cached with the model switched off (afterRulesThreshold below any probability), so
 * "(b) rules" is the rules alone and the "(d)" variants add the model to it. `rulesSpared` is the combination as
 * clean.ts integrates it: after the rules, a block still there under the threshold goes unless it matches or
 * holds MODEL_SPARES or has MODEL_MAX_WORDS words or more (and all removals are undone when they take more than
 * half the article). "(e) as shipped" is extractArticle() with block-weights.json as it was when the cache was
 * built, beside the same simulated from the cache: the two agree when the simulation is faithful.
 *
 *   npx tsx scripts/train-blocks.ts                  CV report (features cached in /tmp, --rebuild to redo)
 *   npx tsx scripts/train-blocks.ts --no-trees       logistic configurations only (lean)
 *   npx tsx scripts/train-blocks.ts --only="logistic, no wording;logistic, no wording/page"   just those
 *   npx tsx scripts/train-blocks.ts --ship           also train on all pages, write src/core/block-weights.json
 *                                                    (no wording, no page features; --ship-set=all|noWording|noPage)
 *   npx tsx scripts/train-blocks.ts --explain-weights  print the shipped weights, largest first
 *
 * Pages are read in place (never copied); prints tables, commits no numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.js';
import { blockText, countWords } from '../src/core/text.js';
import { FEATURE_NAMES, HINT_FEATURES, PAGE_FEATURES, WORDING_FEATURES, blockFeatures, collectBlocks, indexPage, textKey } from '../src/core/block-features.js';
import { WEIGHTS, blockScores, scoreRows, type BlockWeights } from '../src/core/block-model.js';
import { pageF1, scorePage, summarise, tokens, type PageScore } from './score.js';
import { MODEL_MAX_WORDS, MODEL_SPARES } from '../src/core/clean.js';

const ROOT = path.join(import.meta.dirname, '..');
const SHARED = path.join(ROOT, '..', 'shared');
const CACHE = '/tmp/readcite-blocks/cache.json';
const WEIGHTS_FILE = path.join(ROOT, 'src', 'core', 'block-weights.json');
const has = (flag: string) => process.argv.includes(flag);

/** As in clean.ts (not exported there; keep the two in step): blocks the model may not remove, and prose length. */
const MIN_KEPT = 0.5;

// ---------------------------------------------------------------------------------------------- data

interface CachedBlock {
  key: string;
  text: string;
  words: number;
  /** Share of the block's shingles found in the ground truth. */
  frac: number;
  label: 0 | 1;
  /** Matches or holds MODEL_SPARES: clean.ts never lets the model remove it. */
  spared: boolean;
  x: number[];
}

interface Page {
  id: string;
  corpus: 'corpus' | 'fundus';
  publisher: string;
  url: string;
  truth: string;
  vanilla: string;
  /** extractArticle().text with the model switched off: the rule cleaner alone. */
  rules: string;
  /** extractArticle().text with block-weights.json as it was when the cache was built. */
  shipped: string;
  standfirst: string;
  blocks: CachedBlock[];
  extractMs: number;
  scoreMs: number;
  /** blockScores(root, { page }) with the weights at cache time (indexes the page only if they need it). */
  shippedScoreMs: number;
}

function shingleSet(toks: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= toks.length; i++) out.add(toks.slice(i, i + 4).join(' '));
  return out;
}

/** Share of a text's 4-token shingles in the truth (texts under 4 tokens: 1 when they occur in sequence). */
function truthShare(text: string, truthShingles: Set<string>, truthJoined: string): number {
  const toks = tokens(text);
  if (!toks.length) return 1;
  if (toks.length < 4) return truthJoined.includes(` ${toks.join(' ')} `) ? 1 : 0;
  let hit = 0;
  for (let i = 0; i + 4 <= toks.length; i++) if (truthShingles.has(toks.slice(i, i + 4).join(' '))) hit++;
  return hit / (toks.length - 3);
}

function listPages(): { id: string; corpus: 'corpus' | 'fundus'; file: string; url: string; truth: string; publisher: string }[] {
  const out: { id: string; corpus: 'corpus' | 'fundus'; file: string; url: string; truth: string; publisher: string }[] = [];
  const truth = JSON.parse(fs.readFileSync(path.join(SHARED, 'corpus', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const [id, t] of Object.entries(truth).sort()) {
    out.push({ id, corpus: 'corpus', file: path.join(SHARED, 'corpus', 'html', `${id}.html.gz`), url: t.url, truth: t.articleBody, publisher: new URL(t.url).hostname.replace(/^www\./, '') });
  }
  const fundus = JSON.parse(fs.readFileSync(path.join(SHARED, 'fundus', 'expected.json'), 'utf8')) as { pages: Record<string, { file: string; url: string; publisher: string; bodyText: string }> };
  for (const [id, p] of Object.entries(fundus.pages).sort()) {
    out.push({ id, corpus: 'fundus', file: path.join(SHARED, 'fundus', p.file), url: p.url, truth: p.bodyText, publisher: p.publisher });
  }
  return out;
}

function buildCache(): Page[] {
  const quiet = new VirtualConsole();
  const pages: Page[] = [];
  const list = listPages();
  let mismatched = 0;
  for (const [n, src] of list.entries()) {
    const html = zlib.gunzipSync(fs.readFileSync(src.file)).toString('utf8');
    const dom = new JSDOM(html, { url: src.url, virtualConsole: quiet });
    const doc = dom.window.document;
    const clone = doc.cloneNode(true) as Document;
    clone.querySelectorAll('body base').forEach((el) => el.remove()); // as extractArticle does
    const parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (el) => el as Element }).parse();
    const root = parsed?.content ?? null;
    const vanilla = root ? blockText(root) : '';
    // The two measured steps alternate which goes first, page by page, so machine drift hits both.
    let extractMs = 0;
    let scoreMs = 0;
    let shippedScoreMs = 0;
    let article: ReturnType<typeof extractArticle> = null;
    let rows: number[][] = [];
    let blocks: ReturnType<typeof collectBlocks> = [];
    const runExtract = () => {
      const t = performance.now();
      article = extractArticle(doc, src.url);
      extractMs = performance.now() - t;
    };
    const runScore = () => {
      if (!root) return;
      let t = performance.now();
      blocks = collectBlocks(root);
      rows = blockFeatures(blocks, root, indexPage(doc), doc.title);
      scoreMs = performance.now() - t;
      t = performance.now();
      blockScores(root, { page: doc });
      shippedScoreMs = performance.now() - t;
    };
    if (n % 2) {
      runExtract();
      runScore();
    } else {
      runScore();
      runExtract();
    }
    // The rules alone: clean.ts reads the threshold at each call, and no probability is under -1.
    const threshold = WEIGHTS.afterRulesThreshold;
    WEIGHTS.afterRulesThreshold = -1;
    const rulesOnly = extractArticle(doc, src.url);
    WEIGHTS.afterRulesThreshold = threshold;
    const truthToks = tokens(src.truth);
    const ts = shingleSet(truthToks);
    const tj = ` ${truthToks.join(' ')} `;
    const cached: CachedBlock[] = blocks.map((b, i) => {
      const frac = truthShare(b.text, ts, tj);
      const spared = !!b.el.closest(MODEL_SPARES) || !!b.el.querySelector(MODEL_SPARES);
      return { key: textKey(b.text), text: b.text, words: b.words, frac, label: frac > 0.5 ? 1 : 0, spared, x: rows[i]! };
    });
    if (tokens(cached.map((b) => b.text).join('\n')).join(' ') !== tokens(vanilla).join(' ')) mismatched++;
    const a = article as ReturnType<typeof extractArticle>;
    pages.push({ id: src.id, corpus: src.corpus, publisher: src.publisher, url: src.url, truth: src.truth, vanilla, rules: rulesOnly?.text ?? '', shipped: a?.text ?? '', standfirst: a?.standfirst ?? '', blocks: cached, extractMs, scoreMs, shippedScoreMs });
    dom.window.close();
    if (n % 20 === 0) console.error(`cached ${n + 1}/${list.length}`);
  }
  console.error(`pages whose blocks' tokens differ from Readability's block text: ${mismatched}`);
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  fs.writeFileSync(CACHE, JSON.stringify({ version: CACHE_VERSION, features: FEATURE_NAMES, weights: WEIGHTS, pages }));
  cacheWeights = WEIGHTS;
  return pages;
}

/** Bumped when the cached fields change. */
const CACHE_VERSION = 2;
/** block-weights.json as it was when the cache was built (what the "shipped" texts used). */
let cacheWeights: BlockWeights = WEIGHTS;

function loadPages(): Page[] {
  if (!has('--rebuild') && fs.existsSync(CACHE)) {
    const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as { version?: number; features: string[]; weights: BlockWeights; pages: Page[] };
    if (cached.version === CACHE_VERSION && cached.features.join() === FEATURE_NAMES.join()) {
      cacheWeights = cached.weights;
      return cached.pages;
    }
  }
  return buildCache();
}

// ---------------------------------------------------------------------------------------------- models

interface Row {
  x: number[];
  y: number;
  w: number;
}

/** Training rows: blocks with words, each page weighing the same (a block by the square root of its words). */
function rowsOf(pages: Page[], cols: number[]): Row[] {
  const out: Row[] = [];
  for (const p of pages) {
    const bs = p.blocks.filter((b) => b.words > 0);
    const sum = bs.reduce((s, b) => s + Math.sqrt(b.words), 0) || 1;
    for (const b of bs) out.push({ x: cols.map((c) => b.x[c]!), y: b.label, w: (Math.sqrt(b.words) / sum) * bs.length });
  }
  return out;
}

type Model = (x: number[]) => number;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Logistic regression, full-batch gradient descent with L2 on standardised features. */
function trainLogistic(rows: Row[], lambda = 1e-3, iters = 400, rate = 0.5): { mean: number[]; std: number[]; w: number[]; b: number } {
  const d = rows[0]?.x.length ?? 0;
  const W = rows.reduce((s, r) => s + r.w, 0) || 1;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j]!, 0) / rows.length);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[j]! - mean[j]!) ** 2, 0) / rows.length) || 1);
  const xs = rows.map((r) => r.x.map((v, j) => (v - mean[j]!) / std[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const x = xs[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const e = (sigmoid(z) - rows[i]!.y) * rows[i]!.w;
      gb += e;
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (g[j]! / W + lambda * w[j]!);
    b -= (rate * gb) / W;
  }
  return { mean, std, w, b };
}

const logisticModel = (m: ReturnType<typeof trainLogistic>): Model => (x) => {
  let z = m.b;
  for (let j = 0; j < x.length; j++) z += (m.w[j]! * (x[j]! - m.mean[j]!)) / m.std[j]!;
  return sigmoid(z);
};

interface Tree {
  f: number;
  t: number;
  l: { f: number; t: number; a: number; b: number };
  r: { f: number; t: number; a: number; b: number };
}

/** Gradient-boosted depth-2 trees (logistic loss, Newton leaves, 16 quantile bins per feature, histogram splits). */
function trainTrees(rows: Row[], rounds = 150, shrink = 0.15): Model {
  const d = rows[0]?.x.length ?? 0;
  const B = 16;
  const cuts = Array.from({ length: d }, (_, j) => {
    const vs = rows.map((r) => r.x[j]!).sort((a, b) => a - b);
    return [...new Set(Array.from({ length: B - 1 }, (_, q) => vs[Math.floor(((q + 1) * vs.length) / B)]!))];
  });
  // bin[i][j]: how many cuts row i's feature j exceeds (0..cuts.length); "x <= cuts[k]" is "bin <= k".
  const bins = rows.map((r) => r.x.map((v, j) => cuts[j]!.filter((c) => v > c).length));
  const F = new Array<number>(rows.length).fill(0);
  const trees: Tree[] = [];
  const leaf = (idx: number[], g: number[], h: number[]) => {
    let sg = 0;
    let sh = 0;
    for (const i of idx) {
      sg += g[i]!;
      sh += h[i]!;
    }
    return sg / (sh + 1e-3);
  };
  const best = (idx: number[], g: number[], h: number[]) => {
    let top = { f: 0, k: -1, t: Infinity, gain: -Infinity };
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i]!;
      H += h[i]!;
    }
    for (let j = 0; j < d; j++) {
      const hg = new Array<number>(B).fill(0);
      const hh = new Array<number>(B).fill(0);
      for (const i of idx) {
        const b = bins[i]![j]!;
        hg[b]! += g[i]!;
        hh[b]! += h[i]!;
      }
      let gl = 0;
      let hl = 0;
      for (let k = 0; k < cuts[j]!.length; k++) {
        gl += hg[k]!;
        hl += hh[k]!;
        const gain = (gl * gl) / (hl + 1e-3) + ((G - gl) * (G - gl)) / (H - hl + 1e-3);
        if (gain > top.gain) top = { f: j, k, t: cuts[j]![k]!, gain };
      }
    }
    return top;
  };
  const split = (idx: number[], s: { f: number; k: number }) => [idx.filter((i) => bins[i]![s.f]! <= s.k), idx.filter((i) => bins[i]![s.f]! > s.k)] as const;
  const all = rows.map((_, i) => i);
  for (let round = 0; round < rounds; round++) {
    const p = F.map(sigmoid);
    const g = rows.map((r, i) => (r.y - p[i]!) * r.w);
    const h = rows.map((r, i) => p[i]! * (1 - p[i]!) * r.w);
    const s = best(all, g, h);
    const [L, R] = split(all, s);
    const sub = (idx: number[]) => {
      const c = best(idx, g, h);
      const [a, b] = split(idx, c);
      return { f: c.f, t: c.t, a: shrink * leaf(a, g, h), b: shrink * leaf(b, g, h) };
    };
    const tree = { f: s.f, t: s.t, l: sub(L), r: sub(R) };
    trees.push(tree);
    for (let i = 0; i < rows.length; i++) F[i]! += predictTree(tree, rows[i]!.x);
  }
  return (x) => sigmoid(trees.reduce((z, t) => z + predictTree(t, x), 0));
}

function predictTree(t: Tree, x: number[]): number {
  const n = x[t.f]! <= t.t ? t.l : t.r;
  return x[n.f]! <= n.t ? n.a : n.b;
}

// ---------------------------------------------------------------------------------------------- texts

const joinKept = (p: Page, keep: (i: number) => boolean) => p.blocks.filter((_, i) => keep(i)).map((b) => b.text).filter(Boolean).join('\n');

/** Blocks at the edges: the leading and trailing runs under the threshold (wordless blocks do not break a run). */
function edgeDrops(p: Page, probs: number[], t: number, among: (i: number) => boolean = () => true): Set<number> {
  const drop = new Set<number>();
  const idx = p.blocks.map((_, i) => i).filter(among);
  for (const order of [idx, [...idx].reverse()]) {
    for (const i of order) {
      if (p.blocks[i]!.words === 0) continue;
      if (probs[i]! >= t) break;
      drop.add(i);
    }
  }
  return drop;
}

/** The rule cleaner's text less its paragraphs that match dropped blocks. */
function rulesMinus(p: Page, drop: Set<number>): string {
  if (!drop.size) return p.rules;
  const keys = new Set([...drop].map((i) => p.blocks[i]!.key));
  return p.rules.split('\n\n').filter((para) => !keys.has(textKey(para))).join('\n\n');
}

const ruleKeys = new Map<string, Set<string>>();
const inRules = (p: Page) => {
  let keys = ruleKeys.get(p.id);
  if (!keys) ruleKeys.set(p.id, (keys = new Set(p.rules.split('\n\n').map(textKey))));
  const k = keys;
  return (i: number) => k.has(p.blocks[i]!.key);
};

/**
 * As clean.ts integrates the model: the rules' text less the blocks still there under the threshold, except
 * spared blocks and blocks of MODEL_MAX_WORDS words or more. When the removals (the rules' and the model's)
 * leave under half the article, clean.ts undoes them all: here, back to Readability's text.
 */
function rulesSpared(p: Page, probs: number[], t: number): string {
  const kept = inRules(p);
  const drop = new Set(p.blocks.flatMap((b, i) => (b.words > 0 && b.words < MODEL_MAX_WORDS && !b.spared && probs[i]! < t && kept(i) ? [i] : [])));
  if (!drop.size) return p.rules;
  const text = rulesMinus(p, drop);
  return countWords(text) < MIN_KEPT * vanillaWords(p) && countWords(p.rules) >= MIN_KEPT * vanillaWords(p) ? p.vanilla : text;
}
const vanillaCount = new Map<string, number>();
const vanillaWords = (p: Page): number => {
  let n = vanillaCount.get(p.id);
  if (n === undefined) vanillaCount.set(p.id, (n = countWords(p.vanilla)));
  return n;
};

type Variant = 'model' | 'modelEdges' | 'rulesEdges' | 'rulesHigh' | 'rulesSpared';
function variantText(v: Variant, p: Page, probs: number[], t: number): string {
  switch (v) {
    case 'model':
      return joinKept(p, (i) => probs[i]! >= t || p.blocks[i]!.words === 0);
    case 'modelEdges': {
      const d = edgeDrops(p, probs, t);
      return joinKept(p, (i) => !d.has(i));
    }
    case 'rulesEdges':
      return rulesMinus(p, edgeDrops(p, probs, t, inRules(p)));
    case 'rulesHigh':
      return rulesMinus(p, new Set(probs.flatMap((q, i) => (q < t ? [i] : []))));
    case 'rulesSpared':
      return rulesSpared(p, probs, t);
  }
}

/** scorePage with the truth's shingles computed once per page (threshold search scores each page many times). */
const truthCache = new Map<string, { grams: Map<string, number>; joined: string }>();
function gramsOf(toks: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const grams = toks.length < 4 ? [toks.join(' ')] : toks.slice(0, toks.length - 3).map((_, i) => `${toks[i]} ${toks[i + 1]} ${toks[i + 2]} ${toks[i + 3]}`);
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}
function fastScore(p: Page, prediction: string): PageScore {
  let t = truthCache.get(p.id);
  if (!t) {
    const toks = tokens(p.truth);
    t = { grams: gramsOf(toks), joined: toks.join(' ') };
    truthCache.set(p.id, t);
  }
  const toks = tokens(prediction);
  const sp = gramsOf(toks);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [g, n] of sp) {
    const m = t.grams.get(g) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [g, n] of t.grams) fn += Math.max(0, n - (sp.get(g) ?? 0));
  const total = tp + fp + fn || 1;
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact: t.joined === toks.join(' ') };
}

const GRID = Array.from({ length: 19 }, (_, i) => 0.05 * (i + 1));

/** The threshold with the best F1 over these pages' (out-of-fold) probabilities. */
function pickThreshold(v: Variant, pages: Page[], probs: Map<string, number[]>): number {
  let top = { t: 0.5, f1: -1 };
  for (const t of GRID) {
    const f1 = summarise(pages.map((p) => fastScore(p, variantText(v, p, probs.get(p.id)!, t)))).f1;
    if (f1 > top.f1 + 1e-9) top = { t, f1 };
  }
  return top.t;
}

// ---------------------------------------------------------------------------------------------- CV

function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
const foldOf = (p: Page, k = 5) => fnv(p.publisher.toLowerCase()) % k;

type Trainer = (rows: Row[]) => Model;
const TRAINERS: Record<string, Trainer> = {
  logistic: (rows) => logisticModel(trainLogistic(rows)),
  trees: (rows) => trainTrees(rows),
};

function predict(model: Model, pages: Page[], cols: number[], out: Map<string, number[]>) {
  for (const p of pages) out.set(p.id, p.blocks.map((b) => model(cols.map((c) => b.x[c]!))));
}

/** Out-of-fold probabilities for `pages`, grouped by their fold numbers. */
function oof(pages: Page[], cols: number[], trainer: Trainer, fold: (p: Page) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of new Set(pages.map(fold))) {
    const train = pages.filter((p) => fold(p) !== f);
    predict(trainer(rowsOf(train, cols)), pages.filter((p) => fold(p) === f), cols, out);
  }
  return out;
}

function auc(pairs: [number, number][]): number {
  const s = [...pairs].sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let pos = 0;
  let sumPos = 0;
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j]![0] === s[i]![0]) j++;
    const r = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (s[k]![1]) {
      pos++;
      sumPos += r;
    }
    rank = j;
    i = j;
  }
  const neg = rank - pos;
  return pos && neg ? (sumPos - (pos * (pos + 1)) / 2) / (pos * neg) : 0;
}

interface CvResult {
  scores: Map<string, PageScore[]>;
  thresholds: Map<Variant, number[]>;
  probs: Map<string, number[]>;
  thresholdOf: Map<string, Map<Variant, number>>;
}

const VARIANTS: Variant[] = ['model', 'modelEdges', 'rulesEdges', 'rulesHigh', 'rulesSpared'];

function crossValidate(pages: Page[], cols: number[], trainer: Trainer): CvResult {
  const scores = new Map<string, PageScore[]>();
  const thresholds = new Map<Variant, number[]>(VARIANTS.map((v) => [v, []]));
  const probs = new Map<string, number[]>();
  const thresholdOf = new Map<string, Map<Variant, number>>();
  for (let f = 0; f < 5; f++) {
    const train = pages.filter((p) => foldOf(p) !== f);
    const test = pages.filter((p) => foldOf(p) === f);
    // Thresholds inside the training folds: out-of-fold probabilities over the four training folds.
    const inner = oof(train, cols, trainer, (p) => foldOf(p));
    const chosen = new Map(VARIANTS.map((v) => [v, pickThreshold(v, train, inner)] as const));
    for (const v of VARIANTS) thresholds.get(v)!.push(chosen.get(v)!);
    predict(trainer(rowsOf(train, cols)), test, cols, probs);
    for (const p of test) thresholdOf.set(p.id, chosen);
  }
  for (const p of pages) {
    for (const v of VARIANTS) {
      const list = scores.get(v) ?? [];
      list.push(scorePage(p.truth, variantText(v, p, probs.get(p.id)!, thresholdOf.get(p.id)!.get(v)!)));
      scores.set(v, list);
    }
  }
  return { scores, thresholds, probs, thresholdOf };
}

// ---------------------------------------------------------------------------------------------- report

const f3 = (x: number) => x.toFixed(3);

function explainWeights(): void {
  const w = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as BlockWeights;
  console.log(`block-weights.json: ${w.features.length} features, bias ${f3(w.bias)}, thresholds: model alone ${w.threshold}, after the rules ${w.afterRulesThreshold}, edges after the rules ${w.edgeThreshold}`);
  console.log('weight (per standard deviation)  feature               mean      std');
  const order = w.features.map((_, j) => j).sort((a, b) => Math.abs(w.weights[b]!) - Math.abs(w.weights[a]!));
  for (const j of order) console.log(`${w.weights[j]!.toFixed(3).padStart(8)}                          ${w.features[j]!.padEnd(20)} ${f3(w.mean[j]!).padStart(8)} ${f3(w.std[j]!).padStart(8)}`);
}

function main(): void {
  if (has('--explain-weights')) return explainWeights();
  const pages = loadPages().filter((p) => p.blocks.length > 0 || p.vanilla);
  const folds = [0, 1, 2, 3, 4].map((f) => pages.filter((p) => foldOf(p) === f));
  console.log(`${pages.length} pages, ${new Set(pages.map((p) => p.publisher)).size} publishers, ${pages.reduce((s, p) => s + p.blocks.length, 0)} blocks; fold sizes ${folds.map((f) => f.length).join(' ')}`);
  const content = pages.flatMap((p) => p.blocks.filter((b) => b.words > 0));
  console.log(`blocks with words: ${content.length}, content ${f3(content.filter((b) => b.label).length / content.length)}; ambiguous (share 0.2-0.8): ${content.filter((b) => b.frac > 0.2 && b.frac < 0.8).length}`);

  const all = FEATURE_NAMES.map((_, i) => i);
  const noWording = all.filter((i) => !WORDING_FEATURES.includes(FEATURE_NAMES[i]!));
  const noHint = noWording.filter((i) => !HINT_FEATURES.includes(FEATURE_NAMES[i]!));
  const noPage = noWording.filter((i) => !PAGE_FEATURES.includes(FEATURE_NAMES[i]!));
  const configs: [string, number[], Trainer][] = [
    ['logistic, all features', all, TRAINERS.logistic!],
    ['logistic, no wording', noWording, TRAINERS.logistic!],
    ['logistic, no wording/page', noPage, TRAINERS.logistic!],
    ['logistic, no wording/hints', noHint, TRAINERS.logistic!],
  ];
  if (!has('--no-trees')) configs.push(['trees, all features', all, TRAINERS.trees!], ['trees, no wording', noWording, TRAINERS.trees!]);
  const only = process.argv.find((x) => x.startsWith('--only='))?.slice(7).split(';');
  if (only) configs.splice(0, configs.length, ...configs.filter(([name]) => only.includes(name)));

  const groups: [string, (p: Page) => boolean][] = [['corpus', (p) => p.corpus === 'corpus'], ['fundus', (p) => p.corpus === 'fundus'], ['pooled', () => true]];
  const line = (name: string, list: PageScore[]) => {
    const cells = groups.map(([, keep]) => {
      const s = summarise(list.filter((_, i) => keep(pages[i]!)));
      return `${f3(s.f1)} ${f3(s.precision)} ${f3(s.recall)}`;
    });
    console.log(`${name.padEnd(60)} ${cells.join('   ')}`);
  };
  console.log(`\n${''.padEnd(60)} ${groups.map(([g]) => `${g.padEnd(6)} F1   P     R    `).join('  ')}`);
  const base = {
    vanilla: pages.map((p) => scorePage(p.truth, p.vanilla)),
    rules: pages.map((p) => scorePage(p.truth, p.rules)),
    rulesStandfirst: pages.map((p) => scorePage(p.truth, p.standfirst ? `${p.standfirst}\n${p.rules}` : p.rules)),
  };
  line('(a) vanilla Readability, blocks separated', base.vanilla);
  line('(b) rule cleaner: extractArticle().text', base.rules);
  line('(b) …with the standfirst, as the view shows', base.rulesStandfirst);
  // The simulation against the real thing: the weights at cache time, through rulesSpared and through clean.ts.
  const atCache = pages.map((p) => scorePage(p.truth, rulesSpared(p, scoreRows(p.blocks.map((b) => b.x), cacheWeights), cacheWeights.afterRulesThreshold)));
  line('(e) as shipped at cache time: extractArticle().text', pages.map((p) => scorePage(p.truth, p.shipped)));
  line('(e) …the same simulated: rulesSpared over the cache', atCache);
  const same = pages.filter((p) => tokens(rulesSpared(p, scoreRows(p.blocks.map((b) => b.x), cacheWeights), cacheWeights.afterRulesThreshold)).join(' ') === tokens(p.shipped).join(' ')).length;
  const guarded = pages.filter((p) => rulesSpared(p, scoreRows(p.blocks.map((b) => b.x), cacheWeights), cacheWeights.afterRulesThreshold) === p.vanilla && p.rules !== p.vanilla).length;
  console.log(`   simulated and real texts token-identical on ${same}/${pages.length} pages; half-the-article undo simulated on ${guarded}`);
  const results: [string, CvResult][] = [];
  for (const [name, cols, trainer] of configs) {
    const t0 = performance.now();
    const r = crossValidate(pages, cols, trainer);
    results.push([name, r]);
    const labels: Record<Variant, string> = { model: '(c) model', modelEdges: '(c) model, edges only', rulesEdges: '(d) rules, then model at edges', rulesHigh: '(d) rules, then model anywhere', rulesSpared: '(d) rulesSpared, as integrated' };
    for (const v of VARIANTS) line(`${labels[v]} [${name}]`.slice(0, 60), r.scores.get(v)!);
    const pairs: [number, number][] = pages.flatMap((p) => p.blocks.flatMap((b, i) => (b.words ? [[r.probs.get(p.id)![i]!, b.label] as [number, number]] : [])));
    const acc = pages.flatMap((p) => p.blocks.flatMap((b, i) => (b.words ? [(r.probs.get(p.id)![i]! >= r.thresholdOf.get(p.id)!.get('model')! ? 1 : 0) === b.label ? 1 : 0] : [])));
    console.log(`   blocks: AUC ${f3(auc(pairs))}, accuracy ${f3(acc.reduce((a, b) => a + b, 0) / acc.length)} (all-content ${f3(content.filter((b) => b.label).length / content.length)}); thresholds per fold: ${VARIANTS.map((v) => `${v} ${r.thresholds.get(v)!.map((t) => t.toFixed(2)).join('/')}`).join(', ')}; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }

  // Rules' block-level view, for comparison: a block the rule cleaner kept counts as "content".
  const rulePairs = pages.flatMap((p) => {
    const kept = inRules(p);
    return p.blocks.flatMap((b, i) => (b.words ? [(kept(i) ? 1 : 0) === b.label ? 1 : 0] : []));
  });
  console.log(`rule cleaner, block accuracy (kept = content): ${f3(rulePairs.reduce((a, b) => a + b, 0) / rulePairs.length)}`);

  // Pages that moved most under the chosen variant against the rule cleaner.
  const pickName = process.argv[process.argv.indexOf('--best') + 1];
  const [bestName, best] = results.find(([n]) => has('--best') && n === pickName) ?? results.find(([n]) => n === 'logistic, no wording/page') ?? results[0]!;
  const bestVariant: Variant = (process.argv.find((a) => a.startsWith('--variant='))?.slice(10) as Variant | undefined) ?? 'rulesSpared';
  const moved = pages.map((p, i) => ({ p, d: pageF1(best.scores.get(bestVariant)![i]!) - pageF1(base.rules[i]!), rule: pageF1(base.rules[i]!) })).sort((a, b) => b.d - a.d);
  console.log(`\n${bestVariant} [${bestName}] against the rule cleaner, page F1: ${moved.filter((m) => m.d > 0.001).length} better, ${moved.filter((m) => m.d < -0.001).length} worse`);
  // Paired bootstrap of the pooled F1 difference (same resampled pages for both), seeded.
  let state = 1;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const diffs: number[] = [];
  const mine = best.scores.get(bestVariant)!;
  for (let r = 0; r < 1000; r++) {
    const pick = pages.map(() => Math.floor(random() * pages.length));
    diffs.push(summarise(pick.map((i) => mine[i]!)).f1 - summarise(pick.map((i) => base.rules[i]!)).f1);
  }
  diffs.sort((a, b) => a - b);
  console.log(`pooled F1 difference, paired bootstrap: ${f3(summarise(mine).f1 - summarise(base.rules).f1)}, 95% interval ${f3(diffs[25]!)} to ${f3(diffs[974]!)}`);
  for (const m of [...moved.slice(0, 6), ...moved.slice(-6)]) console.log(`${m.d >= 0 ? '+' : ''}${f3(m.d)}  rules ${f3(m.rule)}  ${m.p.corpus}  ${m.p.publisher.padEnd(24)} ${m.p.url.slice(0, 90)}`);

  // Without the page features against with them, as integrated: the same resampled pages for both.
  const withPage = results.find(([n]) => n === 'logistic, no wording')?.[1];
  const withoutPage = results.find(([n]) => n === 'logistic, no wording/page')?.[1];
  if (withPage && withoutPage) {
    const a = withoutPage.scores.get('rulesSpared')!;
    const b = withPage.scores.get('rulesSpared')!;
    const ds: number[] = [];
    for (let r = 0; r < 1000; r++) {
      const pick = pages.map(() => Math.floor(random() * pages.length));
      ds.push(summarise(pick.map((i) => a[i]!)).f1 - summarise(pick.map((i) => b[i]!)).f1);
    }
    ds.sort((x, y) => x - y);
    const f4 = (x: number) => x.toFixed(4);
    const byGroup = groups.map(([g, keep]) => `${g} ${f4(summarise(a.filter((_, i) => keep(pages[i]!))).f1 - summarise(b.filter((_, i) => keep(pages[i]!))).f1)}`).join(', ');
    const moved = a.filter((s, i) => Math.abs(pageF1(s) - pageF1(b[i]!)) > 0.001).length;
    console.log(`\nrulesSpared, no page features minus with them (both no wording), F1: ${byGroup}; pooled paired bootstrap 95% interval ${f4(ds[25]!)} to ${f4(ds[974]!)}; pages that move: ${moved}`);
  }

  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`\ntime per page (ms, jsdom, one run, alternating): extractArticle median ${med(pages.map((p) => p.extractMs)).toFixed(1)}, block features with the page index median ${med(pages.map((p) => p.scoreMs)).toFixed(1)}, blockScores as shipped at cache time median ${med(pages.map((p) => p.shippedScoreMs)).toFixed(1)}; median per-page ratio of the latter to extractArticle ${f3(med(pages.map((p) => p.shippedScoreMs / (p.extractMs || 1))))}`);

  const sets: Record<string, number[]> = { all, noWording, noPage };
  const setName = process.argv.find((a) => a.startsWith('--ship-set='))?.slice(11) ?? (has('--ship-all') ? 'all' : 'noPage');
  if (has('--ship')) {
    if (!sets[setName]) throw new Error(`--ship-set: one of ${Object.keys(sets).join(', ')}`);
    ship(pages, sets[setName]);
  }
}

/** Trains on all pages; thresholds from grouped out-of-fold probabilities over all of them. */
function ship(pages: Page[], cols: number[]): void {
  const m = trainLogistic(rowsOf(pages, cols));
  const probs = oof(pages, cols, TRAINERS.logistic!, (p) => foldOf(p));
  const weights: BlockWeights = {
    version: 1,
    features: cols.map((c) => FEATURE_NAMES[c]!),
    mean: m.mean.map((v) => +v.toPrecision(5)),
    std: m.std.map((v) => +v.toPrecision(5)),
    weights: m.w.map((v) => +v.toPrecision(5)),
    bias: +m.b.toPrecision(5),
    threshold: pickThreshold('model', pages, probs),
    afterRulesThreshold: pickThreshold('rulesSpared', pages, probs),
    edgeThreshold: pickThreshold('rulesEdges', pages, probs),
  };
  fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights, null, 1)}\n`);
  // The shipped scorer must agree with the trainer.
  const p0 = pages[0]!;
  const a = scoreRows(p0.blocks.map((b) => b.x), weights);
  const b = p0.blocks.map((bl) => logisticModel(m)(cols.map((c) => bl.x[c]!)));
  const diff = Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  console.log(`\nwrote ${path.relative(ROOT, WEIGHTS_FILE)} (${fs.statSync(WEIGHTS_FILE).size} bytes); thresholds ${weights.threshold} / ${weights.afterRulesThreshold} / ${weights.edgeThreshold}; shipped vs trainer max diff ${diff.toExponential(1)}`);
}

main();
