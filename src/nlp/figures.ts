import type { Figure, Quote, Speaker } from '../model/index.js';
import type { AttributionContext } from './attribution/context.js';
import { resolveSpan, type SpeakerHistory } from './attribution/resolve.js';
import {
  accordingTo,
  attributionBefore,
  findAttribution,
  isRespondents,
  pollSource,
} from './figures/claimant.js';
import { carrySubjects, type Slot } from './figures/elided.js';
import { type Context, notAFigure, touchingGroup } from './figures/exclusions.js';
import { type NumberPhrase, readNumber } from './figures/numbers.js';
import { isDeterminer, isNumberToken } from './figures/phrase.js';
import { type Quantity, qualify } from './figures/qualify.js';
import { countOwner, findSubject } from './figures/subject.js';

/**
 * Finds the article's figures: every counted quantity with its qualifier, range, increment,
 * subject, unit and claimant. Years, dates, times, ordinals, list and phone numbers and numbers
 * in names are skipped. The claimant is the sentence's own attribution, else the speaker of the
 * quotation (of `quotes`, the article's) the figure stands in; the resolver names it.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass per sentence carries the cursor (a rejected number skips its touching parts) and the claimants named so far (for pronouns) from figure to figure; split, that state would be handed back and forth.
export function findFigures(attribution: AttributionContext, quotes: readonly Quote[] = []): Figure[] {
  const { doc, lex, entities } = attribution;
  const figures: Figure[] = [];
  const slots: Slot[] = [];
  const named: SpeakerHistory = { named: [] };
  const quoted = quotedBy(quotes);
  for (const [index, sentence] of doc.sentences.entries()) {
    const ctx: Context = {
      text: doc.text,
      tokens: doc.tokens,
      first: sentence.first,
      end: sentence.last,
      lex,
    };
    const accept = (m: NumberPhrase) => notAFigure(ctx, m) === null;
    const according = accordingTo(ctx);
    const poll = pollSource(ctx);
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
      const found = findAttribution(ctx, q.first, q.last, according);
      // "just 8 percent of Democrats said …": the poll's, not its respondents' (an earlier cue, else a named poll).
      const attribution =
        found && isRespondents(ctx, found)
          ? (attributionBefore(ctx, tokenAt(doc.tokens, found.span.start)) ?? poll)
          : (found ?? poll);
      // "We believe six debates …": the first person is the writer's own voice, no claimant.
      const firstPerson =
        attribution?.pronoun && lex.speakers.pronouns.get(attribution.text.toLowerCase()) === 'first';
      const claimant =
        attribution && !firstPerson ? resolveSpan(doc, attribution.span, entities, named, lex) : null;
      if (claimant && !attribution?.pronoun) named.named.push(claimant);
      const speaker = claimant ? null : quoted(doc.tokens[q.first].start);
      const rule = attribution?.rule ?? (speaker ? 'quote-speaker' : null);
      figures.push(toFigure(ctx, q, claimant ?? speaker, rule, figures.length));
      slots.push(slotOf(ctx, q, index));
      i = Math.max(q.last, i + 1);
    }
  }
  return carrySubjects(figures, slots);
}

/** What the carrying pass needs to know of a figure: its kind, sentence, "N of the M" and owner. */
function slotOf(ctx: Context, q: Quantity, sentence: number): Slot {
  const n = q.high ?? q.number;
  const count = !n.currency && !n.percent && !n.measure;
  const share = n.percent || (n.measure === ctx.lex.numbers.points.unit && q.increment);
  let k = q.last;
  const of = ctx.tokens[k]?.text.toLowerCase() === 'of' && k < ctx.end;
  if (of) k++;
  while (k < ctx.end && isDeterminer(ctx.tokens[k], ctx.lex)) k++;
  return {
    kind: count ? 'count' : share ? 'share' : 'other',
    sentence,
    ofNext: of && k < ctx.end && isNumberToken(ctx.tokens[k], ctx.lex),
    owner: count ? countOwner(ctx, q.first) : null,
  };
}

/** The index of the token starting at `offset` (binary search). */
function tokenAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The speaker of the quotation holding an offset, for offsets asked in increasing order: a figure
 * in quotation marks is its speaker's ("“We raised $50 million,” the manager said"); reported speech
 * is not, since its content is also the writer's own account.
 */
function quotedBy(quotes: readonly Quote[]): (at: number) => Speaker | null {
  const parts = quotes
    .filter((q) => q.speaker !== null && q.kind !== 'indirect')
    .flatMap((q) => (q.fragments ?? [q.span]).map((f) => ({ ...f, speaker: q.speaker })))
    .sort((a, b) => a.start - b.start);
  let k = 0;
  return (at) => {
    while (k < parts.length && parts[k].end <= at) k++;
    for (let j = k; j < parts.length && parts[j].start <= at; j++)
      if (at < parts[j].end) return parts[j].speaker;
    return null;
  };
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
