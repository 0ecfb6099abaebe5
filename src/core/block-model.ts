/**
 * The learned block model: per block of Readability's output, the probability that it is article content.
 *
 * Logistic regression over the language-neutral features of block-features.ts (standardised with the
 * training set's mean and spread), trained by scripts/train-blocks.ts on the corpus and fundus pages and
 * shipped as block-weights.json. Every score is a weighted sum a reader can inspect: `explain()` lists each
 * feature's contribution, and `npx tsx scripts/train-blocks.ts --explain-weights` prints the weights.
 *
 * Use: `blockScores(root, { page: doc })` on Readability's element (before cleaning strips the class
 * attributes the hint features read). A caller removes the blocks under `weights.threshold` (model alone),
 * or, after the rule cleaner, the blocks it kept that score under `weights.afterRulesThreshold` (the best
 * variant in cross-validation) or, more cautiously, only those at the article's edges under `edgeThreshold`.
 */
import { FEATURE_NAMES, blockFeatures, collectBlocks, indexPage, type Block, type FeatureName } from './block-features.js';
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
  /** Combined with the rule cleaner: after it, any block still there under this probability goes. */
  afterRulesThreshold: number;
  /** Combined with the rule cleaner, edges only: the leading and trailing blocks under this probability go. */
  edgeThreshold: number;
}

export interface BlockScore extends Block {
  /** Probability of being article content, 0–1. */
  p: number;
  features: number[];
}

export const WEIGHTS = shipped as BlockWeights;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's linear score of one feature row (FEATURE_NAMES order). */
function logit(row: number[], w: BlockWeights): number {
  let z = w.bias;
  for (let j = 0; j < w.features.length; j++) {
    const i = FEATURE_NAMES.indexOf(w.features[j]!);
    z += (w.weights[j]! * ((row[i] ?? 0) - w.mean[j]!)) / (w.std[j]! || 1);
  }
  return z;
}

/** Probabilities for rows already computed by blockFeatures(). */
export function scoreRows(rows: number[][], w: BlockWeights = WEIGHTS): number[] {
  return rows.map((row) => sigmoid(logit(row, w)));
}

/**
 * Scores the blocks of Readability's output element, in document order. `page` is the original document
 * (page-level features: text repeated elsewhere, teaser headlines); without it those features read 0.
 */
export function blockScores(root: Element, options: { page?: Document; weights?: BlockWeights } = {}): BlockScore[] {
  const w = options.weights ?? WEIGHTS;
  const blocks = collectBlocks(root);
  const rows = blockFeatures(blocks, root, options.page ? indexPage(options.page) : undefined);
  const ps = scoreRows(rows, w);
  return blocks.map((b, i) => ({ ...b, p: ps[i]!, features: rows[i]! }));
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
