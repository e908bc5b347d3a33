import {
  alignNear,
  describeDifferences,
  type Identity,
  type NameRef,
  nameIdentity,
  type Word,
  wordsWithSpans,
} from '../compare/index.js';
import type { Analysis, Quote } from '../model/index.js';
import type { QuoteGroup, QuoteOccurrence, SpeakerQuotes } from './types.js';

/** Share of a shorter quote's words found in a longer one for both to be the same quote. */
const SAME_QUOTE = 0.6;
const UNATTRIBUTED = 'unattributed';

/** A quote group while it is built: its words kept so every new occurrence is compared cheaply. */
interface Building {
  group: QuoteGroup;
  words: Word[];
  set: Set<string>;
}

/** A speaker while quotes are gathered: the first mention stands for the speaker. */
interface Speaking {
  entry: SpeakerQuotes;
  ref: NameRef;
  groups: Building[];
  /** Group positions by the longer words they contain, so a quote meets only groups it shares words with. */
  index: Map<string, number[]>;
}

/** Quotes grouped by speaker, the same quote across outlets grouped, wording differences shown. */
export function quotesBySpeaker(analyses: Analysis[], identity: Identity = nameIdentity()): SpeakerQuotes[] {
  const speakers: Speaking[] = [];
  for (const a of analyses) {
    for (const q of a.quotes) {
      const name = q.speaker?.name ?? UNATTRIBUTED;
      const ref = { name, articleId: a.article.id, entityId: q.speaker?.entityId ?? null };
      let home = speakers.find((s) => s.entry.speaker === name || identity.same(s.ref, ref));
      if (!home) {
        home = { entry: { speaker: name, quotes: [] }, ref, groups: [], index: new Map() };
        speakers.push(home);
      }
      if (name.length > home.entry.speaker.length && name !== UNATTRIBUTED) home.entry.speaker = name;
      addQuote(home, occurrence(a, q));
    }
  }
  const out = speakers.map((s) => ({
    ...s.entry,
    quotes: s.groups.map((b) => ({ ...b.group, variants: variantsOf(b.group) })),
  }));
  return out.sort((a, b) => count(b) - count(a) || a.speaker.localeCompare(b.speaker));
}

function count(s: SpeakerQuotes): number {
  return s.quotes.reduce((n, g) => n + g.occurrences.length, 0);
}

function occurrence(a: Analysis, q: Quote): QuoteOccurrence {
  return {
    text: q.text,
    kind: q.kind,
    outlet: a.article.outlet,
    date: a.article.published,
    citation: { articleId: a.article.id, span: q.span },
  };
}

/** Words shorter than this say too little to find a quote's group by. */
const INDEX_MIN_LENGTH = 4;
/** A word in more groups than this is too common to narrow the search. */
const INDEX_MAX_POSTINGS = 200;

function addQuote(speaking: Speaking, occ: QuoteOccurrence): void {
  const words = wordsWithSpans(occ.text);
  const set = new Set(words.map((w) => w.norm));
  const candidates = new Set<number>();
  for (const w of set) {
    const postings = speaking.index.get(w);
    if (postings && postings.length <= INDEX_MAX_POSTINGS) for (const g of postings) candidates.add(g);
  }
  for (const at of [...candidates].sort((a, b) => a - b)) {
    const b = speaking.groups[at];
    // Most pairs share too few words to be one quote: a set test spares the alignment.
    let shared = 0;
    for (const w of set) if (b.set.has(w)) shared++;
    if (shared < SAME_QUOTE * Math.min(set.size, b.set.size)) continue;
    const [short, long] = words.length <= b.words.length ? [words, b.words] : [b.words, words];
    const aligned = alignNear(short, long);
    if (aligned && aligned.coverage >= SAME_QUOTE) {
      b.group.occurrences.push(occ);
      if (occ.text.length > b.group.text.length) {
        b.group.text = occ.text;
        b.words = words;
        b.set = set;
        indexWords(speaking.index, set, at);
      }
      return;
    }
  }
  speaking.groups.push({ group: { text: occ.text, occurrences: [occ], variants: [] }, words, set });
  indexWords(speaking.index, set, speaking.groups.length - 1);
}

function indexWords(index: Map<string, number[]>, words: Set<string>, at: number): void {
  for (const w of words) {
    if (w.length < INDEX_MIN_LENGTH) continue;
    const postings = index.get(w);
    if (!postings) index.set(w, [at]);
    else if (postings.at(-1) !== at) postings.push(at);
  }
}

function variantsOf(g: QuoteGroup): QuoteGroup['variants'] {
  const canon = wordsWithSpans(g.text);
  const out: QuoteGroup['variants'] = [];
  for (const occ of g.occurrences) {
    if (occ.text === g.text) continue;
    const words = wordsWithSpans(occ.text);
    const aligned = alignNear(words, canon);
    if (!aligned) continue;
    const differences = describeDifferences(aligned, occ.text, words, g.text, canon);
    if (differences.length > 0) out.push({ occurrence: occ, differences });
  }
  return out;
}
