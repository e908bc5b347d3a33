import type { Token, TokenKind } from '../model/index.js';
import { ABBREVIATIONS, STATE_LABELS } from './data/abbreviations.js';

/** Characters that open or close a quotation. Apostrophes inside words are not among them. */
export const QUOTE_CHARS = '"“”„‟«»‹›‘’‚\'`';

const ABBREV = new Set<string>([...ABBREVIATIONS.titles, ...ABBREVIATIONS.others]);

// One alternative per token kind, tried in order at each position (sticky regex, so the scan is linear).
const TOKEN_RE = new RegExp(
  [
    '(?<url>(?:https?://|www\\.)[^\\s<>"“”]+[^\\s<>"“”.,;:!?)\\]’\'])',
    '(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)',
    // Party-and-state labels are one word, so their periods end no sentence: D-N.Y., R-Calif., I-Vt.
    `(?<party>[DRI]-(?:${STATE_LABELS.map((s) => s.replaceAll('.', '\\.')).join('|')}))`,
    // Acronyms written with periods: U.S., U.N., e.g., a.m.
    '(?<acronym>(?:\\p{L}\\.){2,})',
    // Numbers with thousands separators and decimals: 2,500  3.5  1,000,000  .5
    '(?<number>\\d+(?:[.,]\\d+)*|\\.\\d+)',
    // Words keep inner hyphens and apostrophes (Kim Jong-un, O’Brien, don’t) but not a possessive 's.
    "(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*)",
    '(?<ellipsis>\\.{3,}|…)',
    '(?<dash>—|–|-{2,})',
    `(?<quote>[${QUOTE_CHARS}])`,
    '(?<punct>[.,;:!?()\\[\\]{}/\\\\|-])',
    '(?<symbol>\\S)',
  ].join('|'),
  'uy',
);

const POSSESSIVE = /^(.+?)(['’][sS])$/u;

/**
 * Splits text into tokens with exact UTF-16 spans. Whitespace is skipped; every other character
 * belongs to exactly one token. A period joins the word before it only for known abbreviations
 * and initials ("J."), so sentence ends stay visible.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m || m[0].length === 0) {
      // A lone surrogate or other char the regex cannot take: one symbol token keeps spans valid.
      tokens.push({ text: text[i], start: i, end: i + 1, kind: 'symbol' });
      i++;
      continue;
    }
    const g = m.groups!;
    const end = i + m[0].length;
    if (g.word !== undefined) {
      pushWord(text, tokens, i, end);
    } else {
      tokens.push({ text: m[0], start: i, end, kind: kindOf(g) });
    }
    i = tokens[tokens.length - 1].end;
  }
  return tokens;
}

function pushWord(text: string, tokens: Token[], start: number, end: number): void {
  const word = text.slice(start, end);
  const poss = POSSESSIVE.exec(word);
  if (poss && poss[1].length > 0) {
    const split = start + poss[1].length;
    tokens.push({ text: poss[1], start, end: split, kind: 'word' });
    tokens.push({ text: poss[2], start: split, end, kind: 'word' });
    return;
  }
  if (text.charCodeAt(end) === 46 /* . */ && takesPeriod(word, text, end)) {
    tokens.push({ text: word + '.', start, end: end + 1, kind: 'word' });
    return;
  }
  tokens.push({ text: word, start, end, kind: 'word' });
}

/** An abbreviation or an initial ("J." in "Lloyd J. Austin") keeps its period. */
function takesPeriod(word: string, text: string, end: number): boolean {
  if (text.charCodeAt(end + 1) === 46) return false; // an ellipsis follows
  if (ABBREV.has(word.toLowerCase())) return true;
  return word.length === 1 && /\p{Lu}/u.test(word);
}

function kindOf(g: Record<string, string | undefined>): TokenKind {
  if (g.url !== undefined || g.email !== undefined) return 'url';
  if (g.acronym !== undefined || g.party !== undefined) return 'word';
  if (g.number !== undefined) return 'number';
  if (g.quote !== undefined) return 'quote';
  if (g.symbol !== undefined) return 'symbol';
  return 'punct';
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/** Whether the token is a known abbreviation that cannot end a sentence ("Mr.", "Gen."). */
export function isTitleAbbreviation(token: Token): boolean {
  return (
    token.text.endsWith('.') &&
    (ABBREVIATIONS.titles as readonly string[]).includes(token.text.slice(0, -1).toLowerCase())
  );
}
