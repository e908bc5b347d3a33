import type { Doc } from '../../model/index.js';
import type { Mention } from './mentions.js';

/** Word lists the clean-up reads (lower case). */
export interface RefineLexicon {
  demonyms: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Names typed ORG whatever the tagger said ("Kremlin"). */
  organisations: ReadonlySet<string>;
}

/**
 * Cleans tagged mentions into names: drops demonyms ("Russian" of "Russian society", "North
 * Korean" of "North Korean troops"), mentions without letters and lone function words; strips a
 * title the tagger took into a person's name ("Defense Lloyd J. Austin") and adds a generational
 * suffix it left out ("… Austin III"); types seats of government that act as one ("the Kremlin
 * has not commented") as ORG.
 */
export function refineMentions(doc: Doc, mentions: readonly Mention[], lexicon: RefineLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const refined = m.type === 'PERSON' ? refinePerson(doc, m, lexicon) : m;
    if (!refined || !isName(refined, lexicon)) continue;
    const organisation = lexicon.organisations.has(refined.text.toLowerCase());
    out.push(organisation ? { ...refined, type: 'ORG' } : refined);
  }
  return out;
}

function refinePerson(doc: Doc, m: Mention, lexicon: RefineLexicon): Mention | null {
  let first = m.first;
  let last = m.last;
  while (first < last - 1 && lexicon.titles.has(doc.tokens[first].text.toLowerCase())) first++;
  const next = doc.tokens[last];
  if (next && next.start === doc.tokens[last - 1].end + 1 && lexicon.suffixes.has(next.text.toLowerCase()))
    last++;
  if (first === m.first && last === m.last) return m;
  return slice(doc, m, first, last);
}

function isName(m: Mention, lexicon: RefineLexicon): boolean {
  if (!/\p{L}/u.test(m.text)) return false;
  const lower = m.text.toLowerCase().replace(/\s+/g, ' ');
  if (lexicon.demonyms.has(lower) || lexicon.notNames.has(lower)) return false;
  // A name has a capital or a digit somewhere; an all-lower-case run is a tagging slip.
  return /[\p{Lu}\p{N}]/u.test(m.text);
}

/** The same mention narrowed or widened to tokens `[first, last)`. */
export function slice(doc: Doc, m: Mention, first: number, last: number): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { type: m.type, first, last, start, end, text: doc.text.slice(start, end) };
}
