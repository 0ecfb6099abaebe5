/**
 * The article-extraction benchmark's scoring (../shared/corpus/README.md): 4-token shingles as multisets,
 * per-page TP/FP/FN normalised so each page weighs the same, precision and recall as means over pages,
 * F1 of the two means, accuracy as identical token lists, ± as the bootstrap standard deviation.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** 4-token shingles of a token list as a multiset (fewer than 4 tokens: one shingle). */
export function shingles(toks: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const grams = toks.length < 4 ? [toks.join(' ')] : toks.slice(0, toks.length - 3).map((_, i) => toks.slice(i, i + 4).join(' '));
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const t = tokens(truth);
  const p = tokens(prediction);
  const st = shingles(t);
  const sp = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [g, n] of sp) {
    const m = st.get(g) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [g, n] of st) fn += Math.max(0, n - (sp.get(g) ?? 0));
  const total = tp + fp + fn || 1;
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact: t.join(' ') === p.join(' ') };
}

export const pagePrecision = (s: PageScore) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp));
export const pageRecall = (s: PageScore) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn));
export const pageF1 = (s: PageScore) => {
  const p = pagePrecision(s);
  const r = pageRecall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function summarise(scores: PageScore[]): Summary {
  const withP = scores.filter((s) => s.tp + s.fp > 0);
  const withR = scores.filter((s) => s.tp + s.fn > 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(withP.map(pagePrecision));
  const recall = mean(withR.map(pageRecall));
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
  };
}

/** Standard deviation of each metric over `rounds` bootstrap resamples, with a seeded generator for repeatable output. */
export function bootstrap(scores: PageScore[], rounds = 1000, seed = 1): Summary {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const samples: Summary[] = [];
  for (let r = 0; r < rounds; r++) {
    samples.push(summarise(scores.map(() => scores[Math.floor(random() * scores.length)]!)));
  }
  const sd = (key: keyof Summary) => {
    const xs = samples.map((s) => s[key]);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
  };
  return { precision: sd('precision'), recall: sd('recall'), f1: sd('f1'), accuracy: sd('accuracy') };
}
