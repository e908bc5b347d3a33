/**
 * Name keys for linking: two names with the same key are written the same way up to case,
 * punctuation, Latin accents, a leading article or a possessive. Letters of other scripts are kept
 * as they are, so a Latin name spelled with a look-alike Cyrillic letter never gets the Latin key.
 */

/** Longest name, in characters, the registry reads; longer "names" are noise (a pasted paragraph). */
export const MAX_NAME_CHARS = 120;

const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/** "The Philadelphia 76ers'" → "philadelphia 76ers"; "U. S." → "us"; "Côte d’Ivoire" → "cote d'ivoire". */
export function nameKey(text: string): string {
  // Plain ASCII (most names) needs no Unicode normalisation.
  let s = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKC').normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC');
  s = s.toLowerCase().replace(/[’‘`´]/g, "'");
  s = s.replace(/'s$|(?<=s)'$/u, '');
  s = s.replace(/&/g, ' and ').replace(/\./g, ' ');
  s = s.replace(/[^\p{L}\p{N}'\s]+/gu, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  // Initials written apart ("u s", "d c") are one word, as "US" and "DC" are.
  s = s.replace(/\b\p{L}(?: \p{L}\b)+/gu, (run) => run.replace(/ /g, ''));
  s = s.replace(/^the /, '');
  return s;
}

/** The name words of a key ("lloyd j austin iii" → lloyd, j, austin, iii). */
export function keyWords(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** True when a word mixes Latin letters with letters of another script: a spoof or a typing accident. */
export function mixesScripts(text: string): boolean {
  if (/^[\x20-\x7e]*$/.test(text)) return false;
  for (const word of text.split(/\s+/)) {
    if (!/\p{Script=Latin}/u.test(word)) continue;
    if (/[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(word)) return true;
  }
  return false;
}

/**
 * A romanisation-tolerant form of a Latin surname: Ukrainian and Russian names reach English
 * spelled several ways (Zelensky, Zelenskyy, Zelenskiy, Zelenskii), so the ending -yy/-iy/-ii/-yi
 * and a doubled final consonant fold. Only used where the given names already agree.
 */
export function romanisationKey(word: string): string {
  if (!/^[a-z'-]+$/.test(word)) return word;
  return word
    .replace(/(?:yy|iy|ii|yi|yj|ij)$/, 'y')
    .replace(/kh/g, 'h')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** The letters of a key without spaces and hyphens: "kim jong-un" and "kim jong un" are one. */
export function compactKey(key: string): string {
  return key.replace(/[\s'-]/g, '');
}

/** "CSIS" → "csis", "U.S." → "us"; null when the text is not written as an acronym. */
export function acronymOf(text: string): string | null {
  const t = text.trim();
  if (/^\p{Lu}{2,8}$/u.test(t)) return t.toLowerCase();
  if (/^(?:\p{Lu}\.\s?){2,8}$/u.test(t)) return t.replace(/[.\s]/g, '').toLowerCase();
  return null;
}

/** First letters of the capitalised content words ("Center for Strategic and International Studies" → csis). */
export function initialsOf(text: string, skip: ReadonlySet<string>): string {
  const words = text.split(/[\s-]+/).filter((w) => w !== '' && !skip.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w[0].toLowerCase()).join('');
}

/** True when two words differ by exactly one letter inserted, deleted or replaced ("rait", "raite"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.length === t.length ? s.slice(i + 1) === t.slice(i + 1) : s.slice(i) === t.slice(i + 1);
}

/**
 * A name key with plural and British spelling folded, for names of three words or more ("New Yorkers"
 * are not the New Yorker): "Academy of
 * Motion Pictures Arts and Sciences" and "… Picture Arts and Science", "Internationally Recognised"
 * and "Recognized", "Betty Ford Centre" and "Center" fold alike. Short words are kept ("us", "bus").
 */
export function foldKey(key: string): string {
  return keyWords(key)
    .map((w) =>
      w.length <= 3
        ? w
        : w
            .replace(/ies$/, 'y')
            .replace(/(?<![su])s$/, '')
            .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
            .replace(/([^aeiou])tre$/, '$1ter'),
    )
    .join(' ');
}

/**
 * A name of three words or more with its first two to four words written as their initials, as news
 * shortens them ("indian naval ship sukanya" → "ins sukanya", "los angeles times" → "la times"); at
 * least one word stays written out, and a lead with a number or a one-letter word gives none.
 */
export function initialled(key: string): string[] {
  const words = keyWords(key);
  const out: string[] = [];
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const lead = words.slice(0, k);
    if (lead.some((w) => w.length < 2 || /\d/.test(w))) break;
    out.push(`${lead.map((w) => w[0]).join('')} ${words.slice(k).join(' ')}`);
  }
  return out;
}

/** True when a key has three words or more: long enough that a folded spelling still names one thing. */
export function foldable(key: string): boolean {
  const first = key.indexOf(' ');
  return first > 0 && key.indexOf(' ', first + 1) > 0;
}
