/**
 * The article-body metric of the Article Extraction Benchmark (upstream `evaluate.py`):
 * 4-token shingles over `\w+` Unicode tokens, per-page normalised TP/FP/FN, mean precision and
 * mean recall over pages, F1 of the two means, and exact token-list accuracy.
 */

/** Per-page counts, already divided by their sum so each page weighs the same. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** True when the predicted tokens equal the true tokens exactly. */
  exact: boolean;
}

/** The corpus figures. */
export interface ShingleMetrics {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

const SHINGLE_SIZE = 4;
// Python's Unicode `\w` is str.isalnum() plus the underscore: letters and numbers, but not combining marks.
const WORD = /[\p{L}\p{N}_]+/gu;

/** Splits text into `\w+` tokens, case kept, like Python's `re.findall(r'\w+', text)`. */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Overlapping 4-token shingles with counts; a shorter non-empty text is one shorter shingle. */
export function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  if (tokens.length === 0) return counts;
  for (let i = 0; i < n; i++) {
    // U+0001 joins tokens: it can never occur inside a \w token, so shingles stay distinct.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page's predicted body against the true body. */
export function scorePage(truth: string, prediction: string): PageScore {
  const trueTokens = wordTokens(truth);
  const predTokens = wordTokens(prediction);
  const t = shingles(trueTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const exact =
    trueTokens.length === predTokens.length && trueTokens.every((tok, i) => tok === predTokens[i]);
  const sum = tp + fp + fn;
  if (sum === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

/** Page precision TP/(TP+FP); null (left out of the mean) when the page has no predicted shingles. */
export function pagePrecision(s: PageScore): number | null {
  if (s.tp + s.fp === 0) return null;
  return s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fp);
}

/** Page recall TP/(TP+FN); null (left out of the mean) when the page has no true shingles. */
export function pageRecall(s: PageScore): number | null {
  if (s.tp + s.fn === 0) return null;
  return s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

/** Corpus metrics: mean precision and mean recall over the pages that define them, F1 of the means. */
export function aggregate(pages: PageScore[]): ShingleMetrics {
  const mean = (xs: (number | null)[]) => {
    const defined = xs.filter((x): x is number => x !== null);
    return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : 0;
  };
  const precision = mean(pages.map(pagePrecision));
  const recall = mean(pages.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((p) => p.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}
