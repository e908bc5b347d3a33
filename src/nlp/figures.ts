import type { Figure, Speaker } from '../model/index.js';
import type { AttributionContext } from './attribution/context.js';
import { resolveSpan, type SpeakerHistory } from './attribution/resolve.js';
import { accordingTo, findAttribution } from './figures/claimant.js';
import { type Context, notAFigure, touchingGroup } from './figures/exclusions.js';
import { type NumberPhrase, readNumber } from './figures/numbers.js';
import { type Quantity, qualify } from './figures/qualify.js';
import { findSubject } from './figures/subject.js';

/**
 * Finds the article's figures: every counted quantity with its qualifier, range, increment,
 * subject, unit and claimant. Years, dates, times, ordinals, list and phone numbers and numbers
 * in names are skipped. Entities only link claimants (`claimantId`); the text never depends on them.
 */
export function findFigures(attribution: AttributionContext): Figure[] {
  const { doc, lex, entities } = attribution;
  const figures: Figure[] = [];
  const named: SpeakerHistory = { named: [] };
  for (const sentence of doc.sentences) {
    const ctx: Context = {
      text: doc.text,
      tokens: doc.tokens,
      first: sentence.first,
      end: sentence.last,
      lex,
    };
    const accept = (m: NumberPhrase) => notAFigure(ctx, m) === null;
    const according = accordingTo(ctx);
    let i = sentence.first;
    while (i < sentence.last) {
      const n = readNumber(doc.tokens, i, sentence.last, lex.numbers);
      if (!n) {
        i++;
        continue;
      }
      if (!accept(n)) {
        // Skip the rest of "555-0143" or "10:30" so its parts are not read as figures.
        i = Math.max(n.last, touchingGroup(doc.tokens, n.first, sentence.first, sentence.last).last);
        continue;
      }
      const q = qualify(ctx, n, accept);
      const attribution = findAttribution(ctx, q.first, q.last, according);
      const claimant = attribution ? resolveSpan(doc, attribution.span, entities, named, lex) : null;
      if (claimant && !attribution?.pronoun) named.named.push(claimant);
      figures.push(toFigure(ctx, q, claimant, attribution?.rule ?? null, figures.length));
      i = Math.max(q.last, i + 1);
    }
  }
  return figures;
}

function toFigure(
  ctx: Context,
  q: Quantity,
  claimant: Speaker | null,
  attributionRule: string | null,
  index: number,
): Figure {
  const { tokens, text } = ctx;
  const span = { start: tokens[q.first].start, end: tokens[q.last - 1].end };
  const subject = findSubject(ctx, q);
  const low = q.number.value;
  const high = q.high?.value ?? null;
  const bounds = {
    exact: [null, null],
    approx: [null, null],
    atLeast: [low, null],
    atMost: [null, low],
    range: [low, high],
  }[q.qualifier];
  return {
    id: `fig-${index + 1}`,
    text: text.slice(span.start, span.end),
    // Halves first: two finite ends near the float limit would sum to Infinity.
    value: high !== null ? low / 2 + high / 2 : low,
    low: bounds[0],
    high: bounds[1],
    qualifier: q.qualifier,
    increment: q.increment,
    unit: subject.unit,
    subject: subject.text,
    claimant: claimant?.name ?? null,
    claimantId: claimant?.entityId ?? null,
    span,
    // Which rules decided the qualifier and the claimant, for tracing a wrong result.
    rule: attributionRule ? `${q.rule} claimant:${attributionRule}` : q.rule,
  };
}
