import type { Doc } from '../../model/index.js';
import type { Mention } from './mentions.js';

/** Longest name and longest word of a name, in characters: longer runs are noise, not names. */
const MAX_NAME_CHARS = 160;
const MAX_WORD_CHARS = 64;

/** Distinct names kept per first word when looking for their repeats. */
const MAX_NAMES_PER_WORD = 32;
/** Longest name, in words, looked for again elsewhere in the article. */
const MAX_REPEATED_WORDS = 6;

/** Word lists the clean-up reads (lower case). */
export interface RefineLexicon {
  demonyms: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Title words that head a title ("Director", "President"), a subset of `titles`. */
  titleHeads: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Names typed ORG whatever the tagger said ("Kremlin"). */
  organisations: ReadonlySet<string>;
  /** Words that never open a name, stripped from its front ("Later O'Brien"). */
  openers: ReadonlySet<string>;
  /** Words that never close a name, stripped from its end ("PENTAGON SAYS"). */
  closers: ReadonlySet<string>;
}

/**
 * Cleans tagged mentions into names: drops demonyms ("Russian" of "Russian society", "North
 * Korean" of "North Korean troops"), mentions without letters and lone function words; strips a
 * title the tagger took into a person's name ("Defense Lloyd J. Austin") and adds a generational
 * suffix it left out ("… Austin III"); strips sentence adverbs and headline verbs ("Later
 * O'Brien", "PENTAGON SAYS"); types seats of government that act as one ("the Kremlin has not
 * commented") as ORG. A name of two words or more tagged once is a name wherever else the
 * article writes it capitalised (a headline "North Korean Leader Kim Jong-un Says …"). A one-word
 * head joins the name after "of" ("Port of Eastmoor"). Mentions
 * come back in order and never overlap; the longer wins.
 */
export function refineMentions(doc: Doc, mentions: readonly Mention[], lexicon: RefineLexicon): Mention[] {
  const refined: Mention[] = [];
  for (const m of mentions.flatMap((x) => splitAtTitle(doc, x, lexicon))) {
    const trimmed = trimEdges(doc, m, lexicon);
    const person = trimmed && trimmed.type === 'PERSON' ? refinePerson(doc, trimmed, lexicon) : trimmed;
    if (!person || !isName(doc, person, lexicon)) continue;
    const organisation = lexicon.organisations.has(person.text.toLowerCase());
    refined.push(organisation ? { ...person, type: 'ORG' } : person);
  }
  const all = [...refined, ...repeatedNames(doc, refined)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let end = 0;
  for (const m of all) {
    if (m.start < end) continue;
    const previous = out[out.length - 1];
    if (previous && joinsWithOf(doc, previous, m))
      out[out.length - 1] = slice(doc, previous, previous.first, m.last);
    else out.push(m);
    end = m.end;
  }
  return out;
}

/** "Port" + "of" + "Eastmoor": a one-word place or organisation head and the name after "of" are one name. */
function joinsWithOf(doc: Doc, head: Mention, next: Mention): boolean {
  const places = (m: Mention) => m.type === 'LOC' || m.type === 'ORG';
  return (
    head.last - head.first === 1 &&
    next.first === head.last + 1 &&
    doc.tokens[head.last].text === 'of' &&
    places(head) &&
    places(next)
  );
}

/** Capitalised repeats of the article's names of two to six words, as mentions of the same type. */
function repeatedNames(doc: Doc, mentions: readonly Mention[]): Mention[] {
  // Lower-cased token texts, filled on demand: most tokens never need one.
  const lowerCache: (string | undefined)[] = new Array(doc.tokens.length);
  const lowerAt = (i: number) => {
    let w = lowerCache[i];
    if (w === undefined) {
      w = doc.tokens[i].text.toLowerCase();
      lowerCache[i] = w;
    }
    return w;
  };
  const same = (a: number, b: number, n: number) => {
    for (let k = 0; k < n; k++) if (lowerAt(a + k) !== lowerAt(b + k)) return false;
    return true;
  };
  const byFirstWord = new Map<string, Mention[]>();
  for (const m of mentions) {
    const n = m.last - m.first;
    if (n < 2 || n > MAX_REPEATED_WORDS) continue;
    const list = byFirstWord.get(lowerAt(m.first)) ?? [];
    // A bounded list per first word keeps hostile text ("The A B", "The C D", … a million times) linear.
    if (
      list.length < MAX_NAMES_PER_WORD &&
      !list.some((x) => x.last - x.first === n && same(x.first, m.first, n))
    ) {
      list.push(m);
    }
    byFirstWord.set(lowerAt(m.first), list);
  }
  const found: Mention[] = [];
  if (byFirstWord.size === 0) return found;
  const count = doc.tokens.length;
  for (let i = 0; i < count; i++) {
    const text = doc.tokens[i].text;
    const first = text.charCodeAt(0);
    // A name starts capitalised: test the ASCII letters fast, anything else by its Unicode class.
    if (first >= 97 && first <= 122) continue;
    if (!(first >= 65 && first <= 90) && !/^\p{Lu}/u.test(text)) continue;
    const names = byFirstWord.get(lowerAt(i));
    if (!names) continue;
    for (const name of names) {
      const n = name.last - name.first;
      if (i + n > count || i === name.first || !same(i, name.first, n)) continue;
      found.push(slice(doc, name, i, i + n));
    }
  }
  return found;
}

/**
 * "NIS Director Cho Tae-yong" tagged as one name is an organisation, a title and a person: a
 * capitalised title head inside a mention, followed directly by one to four capitalised words,
 * splits it into what comes before (same type) and a PERSON after. The title is left to roles.
 */
function splitAtTitle(doc: Doc, m: Mention, lexicon: RefineLexicon): Mention[] {
  for (let h = m.first + 1; h < m.last - 1; h++) {
    const head = doc.tokens[h].text;
    if (!lexicon.titleHeads.has(head.toLowerCase()) || !/^\p{Lu}/u.test(head)) continue;
    const name = doc.tokens.slice(h + 1, m.last);
    if (name.length > 4 || !name.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    return [slice(doc, m, m.first, h), { ...slice(doc, m, h + 1, m.last), type: 'PERSON' }];
  }
  return [m];
}

function trimEdges(doc: Doc, m: Mention, lexicon: RefineLexicon): Mention | null {
  let first = m.first;
  let last = m.last;
  while (first < last && lexicon.openers.has(doc.tokens[first].text.toLowerCase())) first++;
  while (last > first && lexicon.closers.has(doc.tokens[last - 1].text.toLowerCase())) last--;
  if (first === last) return null;
  return first === m.first && last === m.last ? m : slice(doc, m, first, last);
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

function isName(doc: Doc, m: Mention, lexicon: RefineLexicon): boolean {
  if (m.text.length > MAX_NAME_CHARS || !/\p{L}/u.test(m.text)) return false;
  // A title alone ("Ms." of "Ms. Marchetti") is not a name.
  let titlesOnly = true;
  for (let t = m.first; t < m.last && titlesOnly; t++)
    titlesOnly = lexicon.titles.has(doc.tokens[t].text.toLowerCase());
  if (titlesOnly) return false;
  for (let t = m.first; t < m.last; t++) if (doc.tokens[t].text.length > MAX_WORD_CHARS) return false;
  const lower = m.text.toLowerCase().replace(/\s+/g, ' ');
  if (lexicon.demonyms.has(lower) || lexicon.notNames.has(lower)) return false;
  // The first half of a two-word demonym ("North" of "NORTH KOREAN LEADER") is not a name either.
  const next = doc.tokens[m.last];
  if (next && lexicon.demonyms.has(`${lower} ${next.text.toLowerCase()}`)) return false;
  // A name has a capital or a digit somewhere; an all-lower-case run is a tagging slip.
  return /[\p{Lu}\p{N}]/u.test(m.text);
}

/** The same mention narrowed or widened to tokens `[first, last)`. */
export function slice(doc: Doc, m: Mention, first: number, last: number): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { type: m.type, first, last, start, end, text: doc.text.slice(start, end) };
}
