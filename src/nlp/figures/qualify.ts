import type { Qualifier, Token } from '../../model/index.js';
import type { QualifierCue } from '../lexicon.js';
import type { Context } from './exclusions.js';
import { lower, type NumberPhrase, readNumber } from './numbers.js';

/** A number with what modifies it: qualifier, increment, range ends and the tokens all of it covers. */
export interface Quantity {
  /** First and past-last token of the whole figure text ("more than a million", "between 2 and 3 million"). */
  first: number;
  last: number;
  /** The number (the low end of a range). */
  number: NumberPhrase;
  /** The high end of a range, null otherwise. */
  high: NumberPhrase | null;
  qualifier: Qualifier;
  increment: boolean;
  /** Which rule set the qualifier, for tracing. */
  rule: string;
}

/** Reads the range end after `n`, then the qualifiers and increment words around the whole. */
export function qualify(ctx: Context, n: NumberPhrase, accept: (m: NumberPhrase) => boolean): Quantity {
  const { tokens, end } = ctx;
  const words = ctx.lex.figures;
  let first = n.first;
  let low = n;
  let high: NumberPhrase | null = null;
  const before = lower(tokens, n.first - 1, end);
  const range = readRangeEnd(ctx, n, before, accept);
  if (range) {
    ({ low, high } = range);
    if (before === 'between' || before === 'from') first--;
  }
  let qualifier: Qualifier = high ? 'range' : n.vague ? 'atLeast' : 'exact';
  let rule = high ? 'range' : n.vague ? 'plural-scale' : 'exact';
  let increment = false;
  // Up to two modifiers before: "another estimated 1,500", "at least another 500".
  for (let round = 0; round < 2; round++) {
    const q = matchBefore(tokens, first, ctx.first, words.preQualifiers);
    if (q && !high && !isParticle(ctx, q.cue, q.first, n)) {
      qualifier = q.cue.qualifier;
      rule = `pre:${q.cue.words.join(' ')}`;
      first = q.first;
      continue;
    }
    const inc = matchWordsBefore(tokens, first, ctx.first, words.incrementBefore);
    if (inc !== null && !increment) {
      increment = true;
      first = inc;
      continue;
    }
    break;
  }
  let last = high ? high.last : n.last;
  const post = matchAfter(tokens, last, end, words.postQualifiers);
  if (post && !high) {
    qualifier = post.cue.qualifier;
    rule = `post:${post.cue.words.join(' ')}`;
    last = post.last;
  } else if (words.incrementAfter.has(lower(tokens, last, end) ?? '')) {
    // "300 more", "about 10,000 more than insiders expected": an amount beyond another.
    increment = true;
    last++;
  }
  increment ||= isChangeAmount(ctx, first, last);
  return { first, last, number: low, high, qualifier, increment, rule };
}

/** "2,000-3,000", "2,000 to 3,000", "between 2 and 3 million": the high end, sharing scale and unit. */
function readRangeEnd(
  ctx: Context,
  n: NumberPhrase,
  before: string | null,
  accept: (m: NumberPhrase) => boolean,
): { low: NumberPhrase; high: NumberPhrase } | null {
  const { tokens, end } = ctx;
  const words = ctx.lex.figures;
  const joiner = lower(tokens, n.last, end);
  if (joiner === null || !words.rangeJoiners.has(joiner)) return null;
  if (words.needsBetween.has(joiner) && before !== 'between') return null;
  if (joiner === 'to' && isChange(tokens, n.first, ctx.first, words.changeVerbs)) return null;
  const m = readNumber(tokens, n.last + 1, end, ctx.lex.numbers);
  if (!m || !accept(m) || m.vague || n.vague) return null;
  const low = shareWithLow(n, m);
  if (!(low.value < m.value)) return null;
  return { low, high: { ...m, currency: m.currency ?? low.currency, percent: m.percent || low.percent } };
}

/** "between 2 and 3 million", "$5-10bn", "10-15%": the bare low end borrows the high end's scale and unit. */
function shareWithLow(low: NumberPhrase, high: NumberPhrase): NumberPhrase {
  const shared = { ...low, currency: low.currency ?? high.currency, percent: low.percent || high.percent };
  if (low.scale !== 1 || high.scale === 1 || low.value >= high.value / high.scale) return shared;
  const exponent = Math.log10(high.scale);
  const value = Number.isInteger(exponent) ? Number(`${low.value}e${exponent}`) : low.value * high.scale;
  return { ...shared, value, scale: high.scale };
}

/** "crumbled 13 percent", "rose by 5%", "a 21 percentage point increase": the figure is a change. */
function isChangeAmount(ctx: Context, first: number, last: number): boolean {
  const { tokens, end } = ctx;
  const words = ctx.lex.figures;
  if (words.incrementNouns.has(lower(tokens, last, end) ?? '')) return true;
  const prev = first > ctx.first ? tokens[first - 1].text.toLowerCase() : null;
  const verb = prev === 'by' && first - 1 > ctx.first ? tokens[first - 2].text.toLowerCase() : prev;
  return verb !== null && words.incrementVerbs.has(verb);
}

/** "handed over $25 million", "climb over six years": this "over" is a particle or a span, no qualifier. */
function isParticle(ctx: Context, cue: QualifierCue, at: number, n: NumberPhrase): boolean {
  if (cue.words.length !== 1 || cue.words[0] !== 'over') return false;
  const prev = at > ctx.first ? ctx.tokens[at - 1].text.toLowerCase() : '';
  if (ctx.lex.figures.overParticleVerbs.has(prev)) return true;
  const next = lower(ctx.tokens, n.last, ctx.end) ?? '';
  return ctx.lex.figures.timeNouns.has(next.replace(/s$/, ''));
}

/** "rose from 5% to 7%": a change verb in the few words before makes two figures, not a range. */
function isChange(tokens: Token[], at: number, first: number, changeVerbs: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(first, at - 4); k--) {
    if (changeVerbs.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

function matchBefore(
  tokens: Token[],
  at: number,
  first: number,
  cues: readonly QualifierCue[],
): { cue: QualifierCue; first: number } | null {
  for (const cue of cues) {
    const start = matchWordsBefore(tokens, at, first, [cue.words]);
    if (start !== null) return { cue, first: start };
  }
  return null;
}

/** Index of the first word when one of `phrases` ends right before token `at`, else null. */
function matchWordsBefore(
  tokens: Token[],
  at: number,
  first: number,
  phrases: readonly string[][],
): number | null {
  for (const words of phrases) {
    const start = at - words.length;
    if (start < first) continue;
    if (words.every((w, k) => tokens[start + k].text.toLowerCase() === w)) return start;
  }
  return null;
}

function matchAfter(
  tokens: Token[],
  at: number,
  end: number,
  cues: readonly QualifierCue[],
): { cue: QualifierCue; last: number } | null {
  // "2,000-plus": a hyphen may join the number to its qualifier.
  const from = tokens[at]?.text === '-' && tokens[at].start === tokens[at - 1].end ? at + 1 : at;
  for (const cue of cues) {
    const last = from + cue.words.length;
    if (last > end) continue;
    if (cue.words.every((w, k) => tokens[from + k].text.toLowerCase() === w)) return { cue, last };
  }
  return null;
}
