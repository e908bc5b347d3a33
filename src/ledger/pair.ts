import { inReportingOrder, sameValue } from '../compare/index.js';
import type { Analysis, Figure } from '../model/index.js';
import { reconcileFigures } from './figures.js';
import type { FigureGroupLabel } from './types.js';

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

const FROM_GROUP: Record<FigureGroupLabel, PairDecision> = {
  agreeing: 'agreeing',
  conflicting: 'conflicting',
  revised: 'updated',
  increment: 'increment',
  'single-source': 'agreeing',
};

function analysisOf(figure: Figure, context: PairContext): Analysis {
  return {
    article: {
      id: context.articleId,
      url: null,
      title: '',
      outlet: context.outlet,
      published: context.published,
      language: 'en',
      text: context.sentence,
      sources: [],
    },
    entities: [],
    quotes: [],
    figures: [figure],
    claims: [],
    dates: [],
  };
}

/**
 * The ledger's decision on a pair of figures: today, the grouping and group label that
 * `reconcileFigures` gives the two figures alone. A group of one source with different numbers is
 * reported as `related`, since the ledger then shows them without saying how they differ.
 */
export function decidePair(a: Figure, b: Figure, contextA: PairContext, contextB: PairContext): PairDecision {
  // Two figures of one article are one analysis, as the ledger sees them in a story.
  const analyses =
    contextA.articleId === contextB.articleId
      ? [{ ...analysisOf(a, contextA), figures: [a, b] }]
      : [analysisOf(a, contextA), analysisOf(b, contextB)];
  const groups = reconcileFigures(inReportingOrder(analyses));
  const together = groups.find((g) => g.figures.length === 2);
  if (!together) return 'unrelated';
  if (together.label === 'single-source' && !sameValue(a, b)) return 'related';
  return FROM_GROUP[together.label];
}
