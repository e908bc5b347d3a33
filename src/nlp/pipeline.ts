import type { Analysis, Article } from '../model/index.js';
import { findClaims } from './claims.js';
import { findDates } from './dates.js';
import { readDoc } from './doc.js';
import { findEntities } from './entities.js';
import { findFigures } from './figures.js';
import type { NerModel } from './ner/model.js';
import type { QuoteModel } from './quote-model.js';
import { findQuotes } from './quotes.js';

/** Trained weights and word lists the analysers need, loaded once by an adapter and handed in. */
export interface AnalyzerResources {
  ner: NerModel;
  quotes: QuoteModel;
}

/**
 * Analyses one article: pure and deterministic (same article and resources in, same JSON out).
 * The order is fixed here: entities first, since quotes, figures and claims attribute to them.
 */
export function analyze(article: Article, resources: AnalyzerResources): Analysis {
  const doc = readDoc(article.text, article.published);
  const entities = findEntities(doc, resources.ner);
  const quotes = findQuotes(doc, entities, resources.quotes);
  const figures = findFigures(doc, entities);
  const claims = findClaims(doc, entities);
  const dates = findDates(doc);
  return { article, entities, quotes, figures, claims, dates };
}
