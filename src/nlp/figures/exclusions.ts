import type { Token } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import { lower, type NumberPhrase } from './numbers.js';

/** Why a number is not a figure: it is a year, date, time, ordinal, list number, phone number or identifier. */
export type NotAFigure =
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'list'
  | 'phone'
  | 'identifier'
  | 'modifier'
  | 'vague';

/** Where the number sits: its sentence's token range and the article text. */
export interface Context {
  text: string;
  tokens: Token[];
  first: number;
  end: number;
  /** The word lists the analysers read. */
  lex: Lexicon;
}

/** The reason the number is not a figure, or null when it is one. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: an ordered list of early returns, one per kind of number that is not a figure (years, dates, times, ordinals, phone numbers, names); the order is the rule, and reads best as one list.
export function notAFigure(ctx: Context, n: NumberPhrase): NotAFigure | null {
  const { tokens } = ctx;
  const words = ctx.lex.figures;
  const head = n.currency ? n.first + 1 : n.first;
  const t = tokens[head];
  // "thousands", "hundreds of thousands": no count is claimed (issue 21).
  if (n.vague) return 'vague';
  if (!n.digits) return wordNumberName(ctx, n);
  const group = touchingGroup(tokens, head, ctx.first, ctx.end);
  const groupText = ctx.text.slice(tokens[group.first].start, tokens[group.last - 1].end);
  const next = lower(tokens, n.last, ctx.end);
  const prev = lower(tokens, n.first - 1, ctx.end);
  const after = tokens[head + 1];
  if (isCompoundModifier(tokens, n.last, ctx.end)) return 'modifier';
  if (isSpacedDigits(ctx, head)) return 'phone';
  if (after && after.start === t.end && after.kind === 'word') {
    const w = after.text.toLowerCase();
    if (words.ordinalSuffixes.has(w)) return 'ordinal';
    if (!ctx.lex.numbers.scales.has(w) && !n.percent && !n.measure) return 'identifier';
  }
  if (/\d:\d/.test(groupText)) return 'time';
  if (next !== null && words.timeWords.has(next) && !n.currency) return 'time';
  if (isPhone(groupText)) return 'phone';
  if (/\d\/\d/.test(groupText)) return 'date';
  if (isListNumber(ctx, head, n)) return 'list';
  const plain = n.scale === 1 && !n.currency && !n.percent && !n.measure;
  if (plain && isYear(t.text)) return 'year';
  if (
    plain &&
    n.value <= 31 &&
    Number.isInteger(n.value) &&
    (isMonth(prev, words.months) || isMonth(next, words.months))
  )
    return 'date';
  if (plain && prev !== null && words.identifierWords.has(prev)) return 'identifier';
  if (plain && !t.text.includes(',') && isNameBefore(ctx, n.first)) return 'identifier';
  if (/^0\d/.test(t.text)) return 'identifier';
  return null;
}

/** "a 20-day trial", "a 40-year-old man": the number is part of a hyphenated modifier, not a count. */
function isCompoundModifier(tokens: Token[], last: number, end: number): boolean {
  const dash = tokens[last];
  const word = tokens[last + 1];
  if (last + 1 >= end || dash.text !== '-' || dash.start !== tokens[last - 1].end) return false;
  return word.start === dash.end && word.kind === 'word' && word.text.toLowerCase() !== 'plus';
}

/** "020 7946 0958": bare digit groups separated by single spaces are a phone number or code. */
function isSpacedDigits(ctx: Context, head: number): boolean {
  const { tokens, text } = ctx;
  const bare = (k: number) => k >= ctx.first && k < ctx.end && /^\d+$/.test(tokens[k].text);
  const spaced = (a: number, b: number) =>
    bare(a) && bare(b) && text.slice(tokens[a].end, tokens[b].start) === ' ';
  let run = 1;
  for (let k = head; spaced(k - 1, k) && run < 3; k--) run++;
  for (let k = head; spaced(k, k + 1) && run < 3; k++) run++;
  return run >= 3;
}

/** Spelled numbers inside names ("Group of Seven", "Five Eyes") and the pronoun "one". */
function wordNumberName(ctx: Context, n: NumberPhrase): NotAFigure | null {
  const t = ctx.tokens[n.first];
  if (n.last - n.first === 1 && t.text.toLowerCase() === 'one' && !isCountedOne(ctx, n.first))
    return 'identifier';
  // A capital opening a sentence or a quotation is no name ("“Three thousand or twelve thousand…”").
  const opens = n.first === ctx.first || ctx.tokens[n.first - 1].kind === 'quote';
  if (/^\p{Lu}/u.test(t.text) && !opens && !isTitleCase(ctx)) return 'identifier';
  return null;
}

/**
 * "one" counts in "one person was killed" and "the toll remained at one"; elsewhere it is mostly a
 * pronoun or idiom ("one of them", "no one", "one day").
 */
function isCountedOne(ctx: Context, i: number): boolean {
  const prev = lower(ctx.tokens, i - 1, ctx.end);
  const next = ctx.tokens[i + 1];
  if (prev === 'at' || prev === 'to') return next === undefined || i + 1 >= ctx.end || next.kind === 'punct';
  if (prev !== null && ctx.lex.figures.oneBefore.has(prev)) return false;
  if (next === undefined || i + 1 >= ctx.end || next.kind !== 'word') return false;
  return /^\p{Ll}/u.test(next.text) && !ctx.lex.figures.oneAfter.has(next.text.toLowerCase());
}

function isYear(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const y = Number(digits);
  return y >= 1000 && y <= 2199;
}

function isMonth(w: string | null, months: ReadonlySet<string>): boolean {
  return w !== null && (months.has(w) || months.has(`${w}.`));
}

/** "555-0143", "(202) 555-0143", "+44 20 7946 0958": digit groups joined by separators. */
function isPhone(group: string): boolean {
  if (/^\+\d/.test(group)) return true;
  if (/^\(\d{3}\)$/.test(group)) return true;
  if (/^\d{3}-\d{4}$/.test(group)) return true;
  return /\d([-.])\d+\1\d/.test(group) && !/,/.test(group);
}

/** "1." or "2)" opening a line: an item number of a list. */
function isListNumber(ctx: Context, head: number, n: NumberPhrase): boolean {
  if (n.currency || n.percent) return false;
  const t = ctx.tokens[head];
  // Walk back over the bullet and spaces only, so a long line costs nothing.
  for (let c = t.start - 1; c >= 0; c--) {
    const ch = ctx.text[c];
    if (ch === '\n') break;
    if (!/[\s(#•*-]/.test(ch)) return false;
  }
  const after = ctx.tokens[head + 1];
  return after !== undefined && after.start === t.end && (after.text === '.' || after.text === ')');
}

/** A capitalised word right before a small bare number names a thing ("Apollo 11", "Windows 10"). */
function isNameBefore(ctx: Context, first: number): boolean {
  if (first - 1 <= ctx.first) return false;
  const prev = ctx.tokens[first - 1];
  if (prev.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(prev.text)) return false;
  // A capital after a quotation mark opens a quoted sentence (“Some 40 tanks…”), not a name.
  if (ctx.tokens[first - 2].kind === 'quote') return false;
  if (ctx.lex.figures.modifierWords.has(prev.text.toLowerCase())) return false;
  return !isTitleCase(ctx);
}

/** Headlines capitalise every word, so capitals there say nothing about names. */
function isTitleCase(ctx: Context): boolean {
  let words = 0;
  let caps = 0;
  for (let k = ctx.first; k < ctx.end && words < 12; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

/** The run of tokens around `i` written without spaces ("555-0143", "10:30", "2,000-3,000"). */
export function touchingGroup(
  tokens: Token[],
  i: number,
  first: number,
  end: number,
): { first: number; last: number } {
  let a = i;
  while (a > first && tokens[a - 1].end === tokens[a].start && a > i - 8) a--;
  let b = i + 1;
  while (b < end && tokens[b].start === tokens[b - 1].end && b < i + 8) b++;
  return { first: a, last: b };
}
