import type { Analysis, EntityType, Token } from '../model/index.js';
import { tokenize } from '../nlp/index.js';

/**
 * What the story clusterer needs of one article: compact and JSON-serialisable, so the store can keep
 * it per article and rebuild the clusterer at start without re-analysing. Keys carry a prefix that
 * says what they are: `w:` content word, `n:` a word of a name, `a:` a person, `e:` an organisation or
 * other entity, `p:` a place, `#:` a number, `d:` a date mentioned in the text.
 */
export interface StoryFeatures {
  /** Key → raw count in the article (words of the lead count `1 + leadWeight` times). Only the `maxKeys` most frequent. */
  keys: Record<string, number>;
  /** ISO publish date-time, or null when unknown. */
  published: string | null;
  title: string;
}

/** Options of `storyFeatures`; defaults in `FEATURE_DEFAULTS`. */
export interface FeatureOptions {
  /** Lines that make the lead (default 2: the headline and the first paragraph or sentence). */
  leadLines: number;
  /** Extra count given to each key of the lead, which states who did what where (default 2). */
  leadWeight: number;
  /** Cap on keys kept per article (default 160): bounds the stored size and the clusterer's work. */
  maxKeys: number;
}

const ENTITY_KIND: Record<EntityType, string> = { PERSON: 'a', ORG: 'e', MISC: 'e', LOC: 'p' };

/** Defaults of `FeatureOptions`. */
export const FEATURE_DEFAULTS: FeatureOptions = {
  leadLines: 2,
  leadWeight: 2,
  maxKeys: 160,
};

/**
 * Reads the clustering features of an analysed article: its words, names, numbers, entities, places
 * and dates. Words of `stop` (the lexicon's stopwords) never become keys.
 */
export function storyFeatures(
  analysis: Analysis,
  stop: ReadonlySet<string>,
  options: Partial<FeatureOptions> = {},
): StoryFeatures {
  const opts = { ...FEATURE_DEFAULTS, ...options };
  const { article } = analysis;
  const counts = new Map<string, number>();
  const bump = (key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

  const tokens = tokenize(article.text);
  const names = nameWords(article.text, tokens, stop);
  const leadEnd = leadEndOf(article.text, opts.leadLines);
  for (const token of tokens) {
    const key = tokenKey(token, names, stop);
    if (key) bump(key, token.start < leadEnd ? 1 + opts.leadWeight : 1);
  }
  for (const entity of analysis.entities) {
    const key = `${ENTITY_KIND[entity.type]}:${normaliseName(entity.name)}`;
    bump(key, Math.max(1, entity.mentions.length));
  }
  for (const figure of analysis.figures) {
    if (Number.isFinite(figure.value)) bump(`#:${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`);
  }
  for (const date of analysis.dates) {
    // Without a publish date, relative dates ("on Tuesday") resolve against nothing: keep only those that name their year.
    if (article.published || /\b(1[89]|20)\d\d\b/.test(date.text)) bump(`d:${date.value.slice(0, 10)}`);
  }

  return {
    keys: topKeys(counts, opts.maxKeys),
    published: validTime(article.published),
    title: article.title,
  };
}

/**
 * Words written capitalised inside a sentence somewhere in the text ("Jackman", "Oscars"): names.
 * Sentence-initial and all-capitals words are no evidence, but count as names once the word is one.
 */
function nameWords(text: string, tokens: Token[], stop: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  let sentenceStart = true;
  let previousEnd = 0;
  for (const token of tokens) {
    if (text.slice(previousEnd, token.start).includes('\n')) sentenceStart = true;
    previousEnd = token.end;
    if (token.kind === 'word' && !sentenceStart && /^\p{Lu}\p{Ll}/u.test(token.text)) {
      const lower = token.text.toLowerCase();
      if (!stop.has(lower)) names.add(lower);
    }
    // Opening quotes and brackets keep the sentence start for the word after them.
    if (token.kind === 'quote' || token.text === '(') continue;
    sentenceStart = token.kind === 'punct' && /^[.!?]$/.test(token.text);
  }
  return names;
}

/** A token's key: names (`n:`), other content words by stem (`w:`), numbers of two digits or more (`#:`). */
function tokenKey(token: Token, names: Set<string>, stop: ReadonlySet<string>): string | null {
  if (token.kind === 'number') {
    const digits = token.text.replace(/,/g, '');
    return digits.replace(/\D/g, '').length >= 2 ? `#:${digits}` : null;
  }
  if (token.kind !== 'word' || token.text.length < 2) return null;
  const lower = token.text.toLowerCase();
  if (stop.has(lower)) return null;
  if (/^\p{Lu}/u.test(token.text) && names.has(lower)) return `n:${stem(lower)}`;
  return `w:${stem(lower)}`;
}

/** Offset where the first `lines` non-empty lines end. */
function leadEndOf(text: string, lines: number): number {
  let end = 0;
  for (let seen = 0; seen < lines && end < text.length; ) {
    const next = text.indexOf('\n', end);
    const stop = next < 0 ? text.length : next;
    if (text.slice(end, stop).trim()) seen++;
    end = stop + 1;
  }
  return Math.min(end, text.length);
}

/** Light suffix stripping so that plurals and possessive forms meet: "earthquakes" → "earthquake". */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The `limit` largest counts, ties broken by key so the features are deterministic. */
function topKeys(counts: Map<string, number>, limit: number): Record<string, number> {
  const entries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries.slice(0, limit));
}

function validTime(value: string | null): string | null {
  return value && Number.isFinite(Date.parse(value)) ? value : null;
}
