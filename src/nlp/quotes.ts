import type { Quote } from '../model/index.js';
import type { AttributionContext } from './attribution/context.js';
import { resolveSpeaker, type SpeakerHistory } from './attribution/resolve.js';
import type { QuoteModel } from './quote-model.js';
import { findQuotedDrafts, type QuoteDraft } from './quotes/quoted.js';
import { findReportedDrafts, modelCueTest } from './quotes/reported.js';

function toQuote(ctx: AttributionContext, draft: QuoteDraft, n: number, history: SpeakerHistory): Quote {
  const { doc, lex } = ctx;
  const { fragments } = draft;
  const span = { start: fragments[0].start, end: fragments[fragments.length - 1].end };
  const a = draft.attribution;
  const speaker = a?.mention ? resolveSpeaker(doc, a.mention, ctx.entities, history, lex) : null;
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
 * each with its cue and speaker resolved against the context's entities. For a quote in several
 * fragments the span covers them all and `text` joins them with a space. Pure and linear in the text.
 */
export function findQuotes(ctx: AttributionContext, model: QuoteModel): Quote[] {
  const { doc, lex } = ctx;
  const quoted = findQuotedDrafts(doc, modelCueTest(doc, model, lex), lex);
  const reported = findReportedDrafts(doc, model, quoted, lex);
  const drafts = [...quoted, ...reported].sort((a, b) => a.at - b.at);
  const history: SpeakerHistory = { named: [] };
  return drafts.map((d, n) => toQuote(ctx, d, n, history));
}
