import type { Doc, Token } from '../../model/index.js';
import type { Mention } from './mentions.js';

/** Word lists role finding reads (lower case). */
export interface RoleLexicon {
  heads: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Mr., Ms.: before a name, but no role. */
  honorifics: ReadonlySet<string>;
}

/** Longest title, in tokens, read leftwards from a name. */
const MAX_TITLE = 12;
/** Longest apposition, in tokens, read as a role. */
const MAX_APPOSITION = 25;
const APPOSITION_ENDS = new Set([',', ';', '.', ':', '!', '?', '(', ')', '—', '–']);

/**
 * Roles of a person mention: the title right before the name ("U.S. Secretary of Defense" in
 * "U.S. Secretary of Defense Lloyd J. Austin III") and an apposition right after it ("a North
 * Korean expert at the Center for Strategic and International Studies" in "Victor Cha, a North
 * Korean expert at …"). Each role is the exact text of the article.
 */
export function rolesOf(
  doc: Doc,
  m: Mention,
  sentenceFirst: number,
  sentenceLast: number,
  lexicon: RoleLexicon,
): string[] {
  const roles: string[] = [];
  const title = titleBefore(doc.tokens, m.first, sentenceFirst, lexicon);
  if (title) roles.push(doc.text.slice(doc.tokens[title[0]].start, doc.tokens[title[1] - 1].end));
  const apposition = appositionAfter(doc.tokens, m.last, sentenceLast, lexicon);
  if (apposition)
    roles.push(doc.text.slice(doc.tokens[apposition[0]].start, doc.tokens[apposition[1] - 1].end));
  return roles;
}

function titleBefore(
  tokens: Token[],
  first: number,
  sentenceFirst: number,
  lexicon: RoleLexicon,
): [number, number] | null {
  let j = first - 1;
  const stop = Math.max(sentenceFirst, first - MAX_TITLE);
  while (j >= stop) {
    const t = tokens[j];
    const lower = t.text.toLowerCase();
    if (t.kind !== 'word' || lexicon.stops.has(lower)) break;
    const joins = lexicon.connectors.has(lower) && j > sentenceFirst;
    if (!joins && lexicon.notNames.has(lower)) break;
    const titleWord = lexicon.heads.has(lower) || lexicon.modifiers.has(lower) || lexicon.demonyms.has(lower);
    if (!titleWord && !joins && !/^\p{Lu}/u.test(t.text)) break;
    j--;
  }
  let start = j + 1;
  // A connector cannot open a title, and the title must hold a head word ("leader", "Secretary").
  while (start < first && lexicon.connectors.has(tokens[start].text.toLowerCase())) start++;
  if (start >= first) return null;
  for (let k = start; k < first; k++) {
    const lower = tokens[k].text.toLowerCase();
    if (lexicon.heads.has(lower) && !lexicon.honorifics.has(lower)) return [start, first];
  }
  return null;
}

function appositionAfter(
  tokens: Token[],
  last: number,
  sentenceLast: number,
  lexicon: RoleLexicon,
): [number, number] | null {
  if (last + 1 >= sentenceLast || tokens[last].text !== ',') return null;
  const open = tokens[last + 1].text.toLowerCase();
  if (!lexicon.openers.has(open) && !lexicon.heads.has(open) && !lexicon.modifiers.has(open)) return null;
  let end = last + 1;
  while (end < sentenceLast && end - last <= MAX_APPOSITION) {
    const t = tokens[end];
    if (APPOSITION_ENDS.has(t.text) || t.kind === 'quote') break;
    end++;
  }
  if (end - last > MAX_APPOSITION) return null;
  for (let k = last + 1; k < end; k++)
    if (lexicon.heads.has(tokens[k].text.toLowerCase())) return [last + 1, end];
  return null;
}
