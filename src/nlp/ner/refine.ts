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
  /** One-word places (lower case): a headline's "Washington" before "Post" is part of the name. */
  placeWords: ReadonlySet<string>;
  /** True for a registered first name: a headline's "Hillary" before "Clinton" is part of the name. */
  isGivenName: (word: string) => boolean;
}

/**
 * Cleans tagged mentions into names: drops demonyms ("Russian" of "Russian society", "North
 * Korean" of "North Korean troops"), mentions without letters and lone function words; strips a
 * title the tagger took into a person's name ("Defense Lloyd J. Austin") and adds a generational
 * suffix it left out ("… Austin III"); strips sentence adverbs and headline verbs ("Later
 * O'Brien", "PENTAGON SAYS"); types seats of government that act as one ("the Kremlin has not
 * commented") as ORG; a name that ends in "Lloyd J. Austin" is a person's. A name of two words or more tagged once is a name wherever else the
 * article writes it capitalised (a headline "North Korean Leader Kim Jong-un Says …"). A one-word
 * head joins the name after "of" ("Port of Eastmoor"). Mentions
 * come back in order and never overlap; the longer wins.
 */
export function refineMentions(doc: Doc, mentions: readonly Mention[], lexicon: RefineLexicon): Mention[] {
  const refined: Mention[] = [];
  for (const m of givenNamesToPersons(doc, mentions, lexicon).flatMap((x) => splitAtTitle(doc, x, lexicon))) {
    const trimmed = trimEdges(doc, endsLikePerson(doc, m, lexicon) ? { ...m, type: 'PERSON' } : m, lexicon);
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
  return splitHeadlineRuns(doc, out, lexicon);
}

/** Longest tagged run, in words, looked into for the article's names in a headline. */
const MAX_HEADLINE_RUN = 12;

/**
 * A headline in Title Case capitalises its verbs and nouns, so the tagger runs names together with
 * them ("Sixers Hire Maurice Cheeks", "Obama Reverses Bush", "Lohan Checks"). A run in a Title Case
 * line that the article never writes as a name anywhere else, but that holds names the article
 * does write outside its headlines, becomes those names (each with the type the body gave it);
 * the words between them are dropped. A run the body repeats in full ("Betty Ford Center") stays.
 */
function splitHeadlineRuns(doc: Doc, mentions: Mention[], lexicon: RefineLexicon): Mention[] {
  const titled = mentions.map((m) => inTitleCaseLine(doc.text, m.start));
  const body = new Map<string, Mention>();
  mentions.forEach((m, i) => {
    const key = m.text.toLowerCase();
    if (!titled[i] && !body.has(key)) body.set(key, m);
  });
  // A person's surname stands for the person in a headline ("Obama Reverses Bush" over "Barack Obama").
  mentions.forEach((m, i) => {
    let last = m.last;
    while (last > m.first + 1 && lexicon.suffixes.has(doc.tokens[last - 1].text.toLowerCase())) last--;
    if (titled[i] || m.type !== 'PERSON' || last - m.first < 2 || opensWithParticiple(doc, m, lexicon))
      return;
    const surname = doc.tokens[last - 1].text.toLowerCase();
    if (!body.has(surname)) body.set(surname, slice(doc, m, last - 1, last));
  });
  const textOf = (first: number, last: number) =>
    doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end).toLowerCase();
  const bodyWords = new Set([...body.keys()].flatMap((k) => k.split(/\s+/)));
  const nameWord = (t: number) => {
    const w = doc.tokens[t].text;
    const lw = w.toLowerCase();
    return /^\p{Lu}/u.test(w) && (bodyWords.has(lw) || lexicon.placeWords.has(lw) || lexicon.isGivenName(w));
  };
  return mentions.flatMap((m, i) => {
    const n = m.last - m.first;
    if (!titled[i]) return [dropLeadingParticiple(doc, m, body, lexicon)];
    if (n < 2 || n > MAX_HEADLINE_RUN || body.has(m.text.toLowerCase())) return [m];
    const pieces: Mention[] = [];
    for (let a = m.first; a < m.last; ) {
      let b = m.last;
      while (b > a && !(b - a < n && body.has(textOf(a, b)))) b--;
      if (b === a) {
        a++;
        continue;
      }
      // A first name or place word just before the name is part of it ("Hillary" Clinton, "Washington" Post).
      const type = body.get(textOf(a, b))!.type;
      let from = a;
      const floor = pieces.length > 0 ? pieces[pieces.length - 1].last : m.first;
      while (from > floor && a - from < 2 && nameWord(from - 1)) from--;
      pieces.push({ ...slice(doc, m, from, b), type });
      a = b;
    }
    return pieces.length > 0 ? pieces : [m];
  });
}

/**
 * "Choosing DeGeneres, known for her …": a sentence's opening participle taken into the name after
 * it, when that name is one the article writes elsewhere and the participle is no name word.
 */
function dropLeadingParticiple(
  doc: Doc,
  m: Mention,
  body: ReadonlyMap<string, Mention>,
  lexicon: RefineLexicon,
): Mention {
  if (!opensWithParticiple(doc, m, lexicon)) return m;
  const rest = slice(doc, m, m.first + 1, m.last);
  const known = body.get(rest.text.toLowerCase());
  return known ? { ...rest, type: known.type } : m;
}

/** A name of two words or more that opens its sentence with an -ing word that is no first name or place. */
function opensWithParticiple(doc: Doc, m: Mention, lexicon: RefineLexicon): boolean {
  if (m.last - m.first < 2 || doc.sentences[doc.sentenceOf[m.first]].first !== m.first) return false;
  const word = doc.tokens[m.first].text;
  return (
    /^\p{Lu}\p{Ll}+ing$/u.test(word) &&
    !lexicon.placeWords.has(word.toLowerCase()) &&
    !lexicon.isGivenName(word)
  );
}

/** True when the line around `at` is written in Title Case: one sentence of three words or more, most of them capitalised. */
function inTitleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  if (to - from > 300) return false;
  const line = text.slice(from, to);
  // A headline is one sentence: a line of several is a body paragraph, however many names it holds.
  if (/[.!?]["'”’]?\s+\p{Lu}/u.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
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
    // "Martin Luther King Jr.": a generational suffix alone is no name after a title.
    if (name.every((t) => lexicon.suffixes.has(t.text.toLowerCase()))) continue;
    return [slice(doc, m, m.first, h), { ...slice(doc, m, h + 1, m.last), type: 'PERSON' }];
  }
  return [m];
}

/**
 * "U.S. Secretary of Defense Lloyd" + "J. Austin III": a person tagged from a middle initial
 * takes the given name that closes the mention just before it.
 */
function givenNamesToPersons(doc: Doc, mentions: readonly Mention[], lexicon: RefineLexicon): Mention[] {
  const out = [...mentions];
  for (let k = 1; k < out.length; k++) {
    const [before, person] = [out[k - 1], out[k]];
    if (person.type !== 'PERSON' || before.last !== person.first || before.last - before.first < 2) continue;
    const given = doc.tokens[before.last - 1].text;
    if (!/^\p{Lu}\.$/u.test(doc.tokens[person.first].text) || !lexicon.isGivenName(given)) continue;
    out[k - 1] = slice(doc, before, before.first, before.last - 1);
    out[k] = slice(doc, person, before.last - 1, person.last);
  }
  return out;
}

/**
 * A mention that ends in a given name, a middle initial and a surname ("Defense Lloyd J. Austin
 * III") names a person whatever type the tagger gave it: organisations and places that carry a
 * person's name go on after it ("John F. Kennedy International Airport").
 */
function endsLikePerson(doc: Doc, m: Mention, lexicon: RefineLexicon): boolean {
  if (m.type === 'PERSON') return false;
  let k = m.last - 1;
  if (k > m.first && lexicon.suffixes.has(doc.tokens[k].text.toLowerCase())) k--;
  if (k - 2 < m.first) return false;
  const [given, initial, surname] = doc.tokens.slice(k - 2, k + 1).map((t) => t.text);
  return (
    /^\p{Lu}\.$/u.test(initial) &&
    /^\p{Lu}\p{Ll}/u.test(surname) &&
    /^\p{Lu}\p{Ll}/u.test(given) &&
    lexicon.isGivenName(given)
  );
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
