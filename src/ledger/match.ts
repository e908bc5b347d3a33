import type { Figure } from '../model/index.js';
import { tokenize } from '../nlp/tokens.js';
import { LEXICON } from './data/lexicon.js';

/** The word lists the matchers read; tests may hand in a smaller copy. */
export type Lexicon = typeof LEXICON;

/** What a figure counts, as canonical words: the unit ("troops") and its modifiers ("north", "korean"). */
export interface CountKey {
  unit: string | null;
  modifiers: Set<string>;
  /** The unit measures (money, percent, distance, time) rather than names what is counted. */
  measure: boolean;
}

/** Share of each name's words two multi-word names must have in common to be one claimant. */
const SAME_NAME_SHARE = 0.6;
/** Relative gap under which two exact values are the same number (rounding in the copy). */
const SAME_VALUE_TOLERANCE = 0.02;
/** Relative spread an approximate value ("about 2,500") stands for. */
const APPROX_TOLERANCE = 0.05;

/** Lower-cased word tokens with curly apostrophes straightened; punctuation and quote marks dropped. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.text === '%' || t.text === '$')
    .map((t) => t.text.toLowerCase().replace(/’/g, "'"));
}

/** A crude singular, enough to make "troops" and "troop" one word. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function canonicalWord(word: string, lexicon: Lexicon): string {
  for (const [canon, variants] of Object.entries(lexicon.synonyms)) {
    if (word === canon || variants.includes(word)) return canon;
  }
  const one = singular(word);
  for (const [canon, variants] of Object.entries(lexicon.synonyms)) {
    if (one === singular(canon) || variants.includes(one)) return canon;
  }
  return one;
}

/** Content words of a phrase in canonical form, phrases such as "dead and wounded" folded first. */
export function contentWords(text: string, lexicon: Lexicon = LEXICON): string[] {
  let lower = ` ${text.toLowerCase().replace(/’/g, "'")} `;
  for (const [phrase, word] of lexicon.phrases) lower = lower.split(` ${phrase} `).join(` ${word} `);
  const stop = new Set<string>(lexicon.stopwords);
  return wordsOf(lower)
    .filter((w) => !stop.has(w) && !/^[\d.,]+$/.test(w) && w !== "'s")
    .map((w) => canonicalWord(w, lexicon));
}

/** What a figure counts: its unit (or the subject's head noun) and the other words of its subject. */
export function countKey(figure: Pick<Figure, 'unit' | 'subject'>, lexicon: Lexicon = LEXICON): CountKey {
  const subject = contentWords(figure.subject ?? '', lexicon);
  const unitWords = contentWords(figure.unit ?? '', lexicon);
  const all = [...subject, ...unitWords];
  const heads: readonly string[] = lexicon.heads;
  const head = heads.find((h) => all.includes(h));
  const unit = head ?? unitWords.at(-1) ?? subject.at(-1) ?? null;
  const modifiers = new Set(all.filter((w) => w !== unit && !heads.includes(w)));
  const measures: readonly string[] = lexicon.measures;
  return { unit, modifiers, measure: unit !== null && measures.includes(unit) };
}

/** Whether two figures count the same thing, whatever the wording. */
export function sameCount(a: CountKey, b: CountKey): boolean {
  if (a.unit === null || b.unit === null || a.unit !== b.unit) return false;
  if (a.modifiers.size === 0 || b.modifiers.size === 0) return !a.measure;
  let shared = 0;
  for (const w of a.modifiers) if (b.modifiers.has(w)) shared++;
  return shared / Math.min(a.modifiers.size, b.modifiers.size) >= 0.5;
}

function nameWords(name: string, lexicon: Lexicon): string[] {
  const noise = new Set<string>(lexicon.nameNoise);
  return wordsOf(name)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => !noise.has(w));
}

/** The words that identify a name, titles dropped: compute once, compare many times with `sameNameWords`. */
export function nameKey(name: string | null, lexicon: Lexicon = LEXICON): string[] | null {
  if (!name) return null;
  const words = nameWords(name, lexicon);
  return words.length > 0 ? words : [name.trim().toLowerCase()];
}

/** Whether two names denote the same claimant or speaker ("Austin", "Lloyd J. Austin III", "Mr. Austin"). */
export function sameName(a: string | null, b: string | null, lexicon: Lexicon = LEXICON): boolean {
  return sameNameWords(nameKey(a, lexicon), nameKey(b, lexicon));
}

/** `sameName` over keys from `nameKey`. */
export function sameNameWords(wa: string[] | null, wb: string[] | null): boolean {
  if (!wa || !wb) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const inLong = new Set(long);
  // A surname alone names the person; otherwise most words must be shared.
  if (short.length === 1) return inLong.has(short[0]);
  // Most words of both must be shared: "Larch County" is not "Larch County Sheriff Luis Ortega".
  const shared = short.filter((w) => inLong.has(w)).length;
  return shared / short.length >= SAME_NAME_SHARE && shared / long.length >= SAME_NAME_SHARE;
}

/** The interval a figure stands for: ranges as given, approximate values widened a little. */
function interval(f: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] {
  if (f.qualifier === 'range' && f.low !== null && f.high !== null) return [f.low, f.high];
  if (f.qualifier === 'approx') return [f.value * (1 - APPROX_TOLERANCE), f.value * (1 + APPROX_TOLERANCE)];
  return [f.value, f.value];
}

/** Whether two figures give the same number, allowing rounding, approximation and ranges. */
export function sameValue(
  a: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>,
  b: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>,
): boolean {
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  if (Math.abs(a.value - b.value) / scale <= SAME_VALUE_TOLERANCE) return true;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi && blo <= ahi;
}

/** Share of the smaller set's words found in the other: how much two propositions say the same. */
export function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size);
}
