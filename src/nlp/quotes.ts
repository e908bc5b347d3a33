import type { Doc, Entity, Quote } from '../model/index.js';
import type { Lexicon } from './lexicon.js';
import type { QuoteModel } from './quote-model.js';
import { sentenceBounds } from './quotes/attribution.js';
import { findQuotedDrafts, type QuoteDraft } from './quotes/quoted.js';
import { findReportedDrafts, modelCueTest } from './quotes/reported.js';
import { type EntityIndex, indexEntities, resolveSpeaker, type SpeakerHistory } from './quotes/speaker.js';

function toQuote(
  doc: Doc,
  draft: QuoteDraft,
  n: number,
  entities: EntityIndex,
  history: SpeakerHistory,
  lex: Lexicon,
): Quote {
  const { fragments } = draft;
  const span = { start: fragments[0].start, end: fragments[fragments.length - 1].end };
  const a = draft.attribution;
  const speaker = a?.mention ? resolveSpeaker(doc, a.mention, entities, history, lex) : null;
  if (speaker) history.named.push(speaker);
  const quote: Quote = {
    id: `q${n + 1}`,
    text: fragments.map((f) => doc.text.slice(f.start, f.end)).join(' '),
    kind: draft.kind,
    speaker,
    cue: a && a.cue >= 0 ? doc.tokens[a.cue].text : null,
    span,
  };
  if (fragments.length > 1) quote.fragments = fragments;
  if (a) quote.rule = a.rule;
  return quote;
}

/**
 * Finds the article's quotes: marked quotations (direct and partial) and reported speech (indirect),
 * each with its cue and speaker resolved against `entities`. For a quote in several fragments the span
 * covers them all and `text` joins them with a space. Pure and linear in the text.
 */
export function findQuotes(doc: Doc, entities: Entity[], model: QuoteModel, lex: Lexicon): Quote[] {
  const bounds = sentenceBounds(doc);
  const quoted = findQuotedDrafts(doc, bounds, modelCueTest(doc, bounds, model, lex), lex);
  const reported = findReportedDrafts(doc, bounds, model, quoted, lex);
  const drafts = [...quoted, ...reported].sort((a, b) => a.at - b.at);
  const history: SpeakerHistory = { named: [] };
  const index = indexEntities(entities, lex);
  return drafts.map((d, n) => toQuote(doc, d, n, index, history, lex));
}
