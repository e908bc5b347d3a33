import type { Figure } from '../model/index.js';
import { relateFigures } from './relate.js';

/** Where a figure was reported: what the ledger knows of its article. */
export interface PairContext {
  articleId: string;
  outlet: string | null;
  /** The article's publish date (ISO), or null. */
  published: string | null;
  /** The sentence the figure is in. */
  sentence: string;
}

/**
 * How two figures relate. `unrelated`: they measure different things. Of one measure: `agreeing`
 * (both can hold), `conflicting` (same moment, cannot both hold, different claimants), `updated`
 * (the as-of time moved, or the claimant revised it), `increment` (one is added to or changes the
 * other). `related` is the ledger's "paired, but not sure how": never right against the gold.
 */
export type PairDecision = 'agreeing' | 'conflicting' | 'updated' | 'increment' | 'unrelated' | 'related';

/**
 * The ledger's decision on a pair of figures, as `relateFigures` gives it: of one measure or not,
 * then how their numbers, times and voices relate.
 */
export function decidePair(a: Figure, b: Figure, contextA: PairContext, contextB: PairContext): PairDecision {
  return relateFigures(
    { figure: a, articleId: contextA.articleId, outlet: contextA.outlet, date: contextA.published },
    { figure: b, articleId: contextB.articleId, outlet: contextB.outlet, date: contextB.published },
  );
}
