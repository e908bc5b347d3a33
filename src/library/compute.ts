import { toArticle } from '../ingest/index.js';
import type { Analysis, ArticleInput, VerifyReport } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import { identityOver, type PlaceIndex } from '../registry/index.js';
import { verifyDraft } from '../verify/index.js';

/** Analyses an input without storing it. The one home of this step: `Library` and the server's threads call it. */
export function analyzeInput(input: ArticleInput, resources: AnalyzerResources): Analysis {
  return analyze(toArticle(input), resources);
}

/**
 * Checks a draft against source analyses; speakers and claimants are compared by registry identity,
 * the sources and the draft linked in memory as one story (the draft's "U.S." is the source's "the
 * United States"). `Library` and the server's threads call it.
 */
export function verifyAgainst(
  draft: string,
  sources: Analysis[],
  resources: AnalyzerResources,
  places: PlaceIndex,
): VerifyReport {
  return verifyDraft(draft, sources, resources, { identify: (analyses) => identityOver(analyses, places) });
}
