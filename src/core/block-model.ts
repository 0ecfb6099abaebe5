/**
 * The learned block model: per block of Readability's output, the probability that it is article content.
 *
 * Logistic regression over the language-neutral features of block-features.ts (standardised with the
 * training set's mean and spread), trained by scripts/train-blocks.ts on the corpus and fundus pages and
 * shipped as block-weights.json. Every score is a weighted sum a reader can inspect: `explain()` lists each
 * feature's contribution, and `npx tsx scripts/train-blocks.ts --explain-weights` prints the weights.
 *
 * Use: `blockScores(root, { page: doc })` on Readability's element (before cleaning strips the class
 * attributes the hint features read). The page gives titleSim its title; it is indexed (indexPage(), the
 * costliest step) only when the weights use the page-level features (PAGE_FEATURES): the shipped ones do
 * not. A caller removes the blocks under `weights.threshold` (model alone), or, after the rule cleaner,
 * the blocks it kept that score under `weights.afterRulesThreshold` (chosen in cross-validation for
 * clean.ts's combination, "rulesSpared": spared media, lists and headings, prose of 40 words or more
 * kept) or, more cautiously, only those at the article's edges under `edgeThreshold`.
 */
import { FEATURE_NAMES, PAGE_FEATURES, collectBlocks, featureRows, indexPage, type Block, type FeatureName } from './block-features.js';
import shipped from './block-weights.json';

export interface BlockWeights {
  version: number;
  features: FeatureName[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Blocks under this probability are not content (chosen in cross-validation). */
  threshold: number;
  /** Combined with the rule cleaner: after it, a block still there under this probability goes (clean.ts's spares aside). */
  afterRulesThreshold: number;
  /** Combined with the rule cleaner, edges only: the leading and trailing blocks under this probability go. */
  edgeThreshold: number;
}

/** A block as scored: its text is dropped (a 10 MB page's blocks hold megabytes of it, and the cleaner reads the elements). */
export interface BlockScore extends Omit<Block, 'text'> {
  /** Probability of being article content, 0–1. */
  p: number;
  /** The block's feature row (FEATURE_NAMES order); empty for blocks scored at or above the weights'
   * afterRulesThreshold (the cleaner never explains those) unless blockScores was asked to keep them, and
   * for blocks not scored (maxWords). */
  features: number[];
}

export const WEIGHTS = shipped as BlockWeights;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's linear score of one feature row (FEATURE_NAMES order). */
function logit(row: number[], w: BlockWeights, cols: number[]): number {
  let z = w.bias;
  for (let j = 0; j < cols.length; j++) z += (w.weights[j]! * ((row[cols[j]!] ?? 0) - w.mean[j]!)) / (w.std[j]! || 1);
  return z;
}

/** Probabilities for rows already computed by blockFeatures(). */
export function scoreRows(rows: number[][], w: BlockWeights = WEIGHTS): number[] {
  const cols = w.features.map((f) => FEATURE_NAMES.indexOf(f));
  return rows.map((row) => sigmoid(logit(row, w, cols)));
}

/** Whether these weights read the page-level features, and so need indexPage(). */
export const usesPageIndex = (w: BlockWeights): boolean => w.features.some((f) => PAGE_FEATURES.includes(f));

/**
 * Scores the blocks of Readability's output element, in document order. `page` is the original document:
 * its title for titleSim and, when the weights use them, the page-level features (text repeated elsewhere,
 * teaser headlines; without the page those read 0). With `maxWords`, only blocks of fewer words are scored
 * (the others get p = 1 and no features).
 */
export function blockScores(root: Element, options: { page?: Document; weights?: BlockWeights; keepFeatures?: boolean; maxWords?: number } = {}): BlockScore[] {
  const w = options.weights ?? WEIGHTS;
  const blocks = collectBlocks(root);
  const index = options.page && usesPageIndex(w) ? indexPage(options.page) : undefined;
  const cols = w.features.map((f) => FEATURE_NAMES.indexOf(f));
  const out: BlockScore[] = [];
  let i = 0;
  const { maxWords } = options;
  const wanted = maxWords === undefined ? undefined : (b: Block) => b.words < maxWords;
  for (const row of featureRows(blocks, root, index, options.page?.title, new Set(w.features), [], wanted)) {
    const b = blocks[i++]!;
    // A block of maxWords words or more is not scored: it reads as certain content (p = 1).
    const p = row ? sigmoid(logit(row, w, cols)) : 1;
    // Only a block the cleaner may drop is explained by its features; the others keep just their score.
    out.push({ el: b.el, words: b.words, depth: b.depth, ...(b.media === undefined ? {} : { media: b.media }), p, features: row && (options.keepFeatures || p < w.afterRulesThreshold) ? row.slice() : [] });
  }
  return out;
}

/** Each feature's contribution to one block's score, largest first: why the model kept or dropped it. */
export function explain(row: number[], w: BlockWeights = WEIGHTS): { feature: FeatureName; value: number; contribution: number }[] {
  return w.features
    .map((feature, j) => {
      const value = row[FEATURE_NAMES.indexOf(feature)] ?? 0;
      return { feature, value, contribution: (w.weights[j]! * (value - w.mean[j]!)) / (w.std[j]! || 1) };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}
