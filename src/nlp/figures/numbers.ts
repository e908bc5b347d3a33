import type { Token } from '../../model/index.js';
import type { NumberLexicon } from '../lexicon.js';
import { readFraction, readShareOver, type Share } from './shares.js';

/** A number as written, over tokens `[first, last)`: digits or words, scale, currency and percent. */
export interface NumberPhrase {
  first: number;
  last: number;
  value: number;
  /** The scale written with it (1e6 for "1.5 million"), 1 when none: a range's bare end borrows it. */
  scale: number;
  /** Currency unit name ("dollars") when a sign, code or word gives one. */
  currency: string | null;
  percent: boolean;
  /** Measurement unit name ("metres") when an abbreviation follows ("100m", "40 km"). */
  measure: string | null;
  /** A plural scale ("hundreds of", "tens of thousands"): a floor, not a count. */
  vague: boolean;
  /** The number was written in digits. */
  digits: boolean;
  /** A share written over a base or as a fraction ("Six in 10", "two-thirds"): its population may follow. */
  share?: boolean;
}

/** Integer part this long is an identifier or noise, never a figure (and would lose precision). */
const MAX_INTEGER_DIGITS = 15;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
/** Reads the number that starts at token `i` (before `end`), or null when none starts there. */
export function readNumber(
  tokens: Token[],
  i: number,
  end: number,
  words: NumberLexicon,
): NumberPhrase | null {
  const t = tokens[i];
  if (!t || i >= end) return null;
  if (
    t.kind === 'word'
      ? !words.starters.has(t.text.toLowerCase()) && !t.text.includes('-')
      : t.kind !== 'number' && !words.currencySigns.has(t.text)
  ) {
    return null;
  }
  let at = i;
  const currency = readCurrencyPrefix(tokens, at, end, words);
  if (currency) at = currency.next;
  const core = readDigits(tokens, at, end) ?? readWords(tokens, at, end, words);
  if (!core) return currency ? null : shareFigure(i, readFraction(tokens, i, end, words), false);
  const share = currency || core.vague ? null : readShareOver(tokens, core, end, words);
  if (share) return shareFigure(i, share, core.mantissa !== null);
  let { value, next } = core;
  let scale = 1;
  if (!core.vague) {
    const scaled = readScales(tokens, next, end, core.mantissa ?? String(value), currency !== null, words);
    if (scaled) ({ value, next, scale } = scaled);
  }
  if (!Number.isFinite(value)) return null;
  const phrase: NumberPhrase = {
    first: i,
    last: next,
    value,
    scale: core.vague ? core.value : scale,
    currency: currency?.unit ?? null,
    percent: false,
    measure: null,
    vague: core.vague,
    digits: core.mantissa !== null,
  };
  return readRate(tokens, readSuffixUnit(tokens, phrase, end, words), end, words);
}

/** A share ("Six in 10", "two-thirds") as a percent figure. */
function shareFigure(first: number, share: Share | null, digits: boolean): NumberPhrase | null {
  if (!share) return null;
  return {
    first,
    last: share.next,
    value: share.value,
    scale: 1,
    currency: null,
    percent: true,
    measure: null,
    vague: false,
    digits,
    share: true,
  };
}

interface Core {
  value: number;
  next: number;
  /** The digit string without separators, kept so a scale multiplies it exactly. */
  mantissa: string | null;
  vague: boolean;
}

function readCurrencyPrefix(
  tokens: Token[],
  i: number,
  end: number,
  words: NumberLexicon,
): { unit: string; next: number } | null {
  const t = tokens[i];
  if (!t || i >= end) return null;
  const sign = words.currencySigns.get(t.text);
  if (sign) return { unit: sign, next: i + 1 };
  const code = words.currencyCodes.get(t.text.toLowerCase());
  if (code && /^\p{Lu}+$/u.test(t.text) && i + 1 < end) {
    const n = tokens[i + 1];
    const after = words.currencySigns.get(n.text);
    if (after && n.start === t.end) return { unit: after, next: i + 2 };
    if (n.kind === 'number') return { unit: code, next: i + 1 };
  }
  return null;
}

function readDigits(tokens: Token[], i: number, end: number): Core | null {
  const t = tokens[i];
  if (!t || i >= end || t.kind !== 'number' || !DIGITS.test(t.text)) return null;
  const mantissa = t.text.replace(/,/g, '');
  const integer = mantissa.split('.')[0];
  if (integer.length > MAX_INTEGER_DIGITS) return null;
  return { value: Number(mantissa), next: i + 1, mantissa, vague: false };
}

/** Spelled numbers: "two", "twenty-five", "a million", "half a million", "two dozen", "hundreds of". */
function readWords(tokens: Token[], i: number, end: number, words: NumberLexicon): Core | null {
  const w = lower(tokens, i, end);
  if (w === null) return null;
  const plural = words.pluralScales.get(w);
  if (plural !== undefined) return readPlural(tokens, i, end, words);
  const unit = wordValue(w, words);
  if (unit !== null) return { value: unit, next: i + 1, mantissa: null, vague: false };
  if (words.articles.has(w) && isFreeScale(tokens, i + 1, end, words)) {
    return { value: 1, next: i + 1, mantissa: null, vague: false };
  }
  const fraction = words.fractions.get(w);
  if (fraction !== undefined && lower(tokens, i + 1, end) === 'a' && isFreeScale(tokens, i + 2, end, words)) {
    return { value: fraction, next: i + 2, mantissa: null, vague: false };
  }
  return null;
}

/** A spelled-out scale word ("million"), not an abbreviation that must touch its number. */
function isFreeScale(tokens: Token[], k: number, end: number, words: NumberLexicon): boolean {
  const s = lower(tokens, k, end);
  return s !== null && words.scales.has(s) && !words.attachedOnly.has(s);
}

/** "hundreds of", "tens of thousands of", "hundreds of thousands": twice the scale, as a floor. */
function readPlural(tokens: Token[], i: number, end: number, words: NumberLexicon): Core {
  let value = 2 * (words.pluralScales.get(lower(tokens, i, end) ?? '') ?? 1);
  let next = i + 1;
  const outer = lower(tokens, next + 1, end);
  const outerScale = outer === null ? undefined : words.pluralScales.get(outer);
  if (lower(tokens, next, end) === 'of' && outerScale !== undefined) {
    value *= outerScale;
    next += 2;
  }
  return { value, next, mantissa: null, vague: true };
}

function wordValue(w: string, words: NumberLexicon): number | null {
  const direct = words.units.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return null;
  const tens = words.units.get(w.slice(0, dash));
  const ones = words.units.get(w.slice(dash + 1));
  if (tens === undefined || ones === undefined || tens < 20 || tens % 10 !== 0 || ones > 9) return null;
  return tens + ones;
}

/** Scale words after the number; abbreviations ("bn", "m") only when written against it. */
function readScales(
  tokens: Token[],
  i: number,
  end: number,
  base: string,
  money: boolean,
  words: NumberLexicon,
): { value: number; next: number; scale: number } | null {
  let k = i;
  let scale = 1;
  while (k < end) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    const s = words.scales.get(w);
    if (s === undefined || t.kind !== 'word') break;
    if (words.attachedOnly.has(w)) {
      // "40m" is millions in money or before a plural ("2.3m people"); elsewhere it is metres.
      if (t.start !== tokens[k - 1].end || k !== i) break;
      if (w === 'm' && !money && !isPlural(tokens[k + 1])) break;
    }
    scale *= s;
    k++;
  }
  if (k === i) return null;
  return { value: applyScale(base, scale), next: k, scale };
}

function applyScale(base: string, scale: number): number {
  const exponent = Math.log10(scale);
  // A decimal exponent keeps "1.2bn" exactly 1200000000 where 1.2 * 1e9 would not be.
  if (Number.isInteger(exponent)) return Number(`${base}e${exponent}`);
  return Number(base) * scale;
}

/** A plural noun after "2.3m": "people", "barrels", "residents". */
function isPlural(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return w === 'people' || w === 'children' || (w.length > 3 && /[^su]s$/.test(w));
}

/** Percent signs and words, and currency words, after the number. */
function readSuffixUnit(
  tokens: Token[],
  phrase: NumberPhrase,
  end: number,
  words: NumberLexicon,
): NumberPhrase {
  const k = phrase.last;
  const w = lower(tokens, k, end);
  if (w === null) return phrase;
  if (words.percentWords.has(w)) {
    return { ...phrase, percent: true, last: k + 1 };
  }
  for (const [a, b] of words.percentPairs) {
    if (w === a && lower(tokens, k + 1, end) === b) return { ...phrase, percent: true, last: k + 2 };
  }
  const points = readPoints(tokens, k, end, words);
  if (points > k) return { ...phrase, measure: words.points.unit, last: points };
  const currency = words.currencyWords.get(w);
  if (currency && phrase.currency === null) return { ...phrase, currency, last: k + 1 };
  const measure = words.measures.get(w);
  // A lone "m" is metres only written against the number ("100m"); "3 m" is too unsure.
  const attached = tokens[k].start === tokens[k - 1].end;
  if (measure && phrase.currency === null && (attached || w.length > 1) && tokens[k].kind === 'word') {
    return { ...phrase, measure, last: k + 1 };
  }
  return phrase;
}

/** "5 percentage points", "28 points", "a 24-point lead": the past-last token of the points, `k` when none. */
function readPoints(tokens: Token[], k: number, end: number, words: NumberLexicon): number {
  const w = lower(tokens, k, end);
  const pointAt = (j: number) => words.points.words.has(lower(tokens, j, end) ?? '');
  if (w === words.points.prefix && pointAt(k + 1)) return k + 2;
  if (pointAt(k)) return k + 1;
  const touching = (j: number) => j < end && tokens[j].start === tokens[j - 1].end;
  return w === '-' && touching(k) && touching(k + 1) && pointAt(k + 1) ? k + 2 : k;
}

/** "$15 an hour", "$2 million per week": money per period is a rate. */
function readRate(tokens: Token[], phrase: NumberPhrase, end: number, words: NumberLexicon): NumberPhrase {
  const k = phrase.last;
  const period = lower(tokens, k + 1, end);
  if (phrase.currency === null || !words.rateMarkers.has(lower(tokens, k, end) ?? '')) return phrase;
  if (period === null || !words.ratePeriods.has(period)) return phrase;
  return { ...phrase, currency: `${phrase.currency} per ${period}`, last: k + 2 };
}

/** The token's text in lower case, or null past `end`. */
export function lower(tokens: Token[], i: number, end: number): string | null {
  if (i < 0 || i >= end || i >= tokens.length) return null;
  return tokens[i].text.toLowerCase();
}
