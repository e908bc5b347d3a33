import { inReportingOrder, nameIdentity } from '../compare/index.js';
import { InputError } from '../errors.js';
import type { Analysis } from '../model/index.js';
import { claimsMatrix } from './claims.js';
import { reconcileFigures } from './figures.js';
import { quotesBySpeaker } from './quotes.js';
import type { Ledger, LedgerOptions } from './types.js';

/**
 * Reconciles what a story's articles say: figures grouped and labelled, the claims matrix and
 * quotes by speaker. Pure and deterministic. Throws InputError for a story with no articles.
 */
export function buildLedger(analyses: Analysis[], options: Partial<LedgerOptions> = {}): Ledger {
  if (analyses.length === 0) {
    throw new InputError(
      'the story has no articles',
      'add articles to the story before asking for its ledger',
    );
  }
  const revisions = options.revisions ?? [];
  const identity = options.identity ?? nameIdentity();
  // Reporting order, not input order, decides groupings and running totals: the same story gives the same ledger.
  const ordered = inReportingOrder(analyses);
  return {
    articleIds: ordered.map((a) => a.article.id),
    figures: reconcileFigures(ordered, revisions, identity),
    claims: claimsMatrix(ordered),
    quotes: quotesBySpeaker(ordered, identity),
  };
}
