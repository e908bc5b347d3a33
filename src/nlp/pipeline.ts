import type { Analysis, Article } from '../model/index.js';
import { readAttribution } from './attribution/context.js';
import { findClaims } from './claims.js';
import { findDates } from './dates.js';
import { readDoc } from './doc.js';
import { findEntities } from './entities.js';
import { findFigures } from './figures.js';
import type { Lexicon } from './lexicon.js';
import type { NerModel } from './ner/model.js';
import type { QuoteModel } from './quote-model.js';
import { findQuotes } from './quotes.js';

/** Trained weights and word lists the analysers need, loaded once by an adapter and handed in. */
export interface AnalyzerResources {
  ner: NerModel;
  quotes: QuoteModel;
  lexicon: Lexicon;
}

/**
 * Analyses one article: pure and deterministic (same article and resources in, same JSON out).
 * The order is fixed here: entities first, since quotes, figures and claims attribute to them.
 */
export function analyze(article: Article, resources: AnalyzerResources): Analysis {
  const doc = readDoc(article.text, article.published);
  const { lexicon } = resources;
  const entities = findEntities(doc, resources.ner, lexicon);
  const attribution = readAttribution(doc, entities, lexicon);
  const quotes = findQuotes(attribution, resources.quotes);
  const figures = findFigures(attribution, quotes);
  const claims = findClaims(attribution);
  const dates = findDates(doc, lexicon);
  return { article, entities, quotes, figures, claims, dates };
}
