import type { Analysis, Token } from '../model/index.js';
import { tokenize } from '../nlp/tokens.js';
import { STOPWORDS } from './data/stopwords.js';

/**
 * What the story clusterer needs of one article: compact and JSON-serialisable, so the store can keep
 * it per article and rebuild the clusterer at start without re-analysing. Keys carry a prefix that
 * says what they are: `w:` content word, `n:` a word of a name, `e:` an entity, `#:` a number,
 * `p:` a place, `d:` a date mentioned in the text.
 */
export interface StoryFeatures {
  /** Key → raw count in the article (the title counts `titleWeight` times). Only the `maxKeys` most frequent. */
  keys: Record<string, number>;
  /** ISO publish date-time, or null when unknown. */
  published: string | null;
  title: string;
}

/** Options of `storyFeatures`; defaults in `FEATURE_DEFAULTS`. */
export interface FeatureOptions {
  /** Extra count given to each key of the headline, which states the event most densely (default 1). */
  titleWeight: number;
  /** Cap on keys kept per article (default 160): bounds the stored size and the clusterer's work. */
  maxKeys: number;
  /** Words that never become keys. */
  stopwords: readonly string[];
}

/** Defaults of `FeatureOptions`. */
export const FEATURE_DEFAULTS: FeatureOptions = { titleWeight: 1, maxKeys: 160, stopwords: STOPWORDS };

/** Reads the clustering features of an analysed article: its words, names, numbers, entities, places and dates. */
export function storyFeatures(analysis: Analysis, options: Partial<FeatureOptions> = {}): StoryFeatures {
  const opts = { ...FEATURE_DEFAULTS, ...options };
  const stop = new Set(opts.stopwords);
  const { article } = analysis;
  const counts = new Map<string, number>();
  const bump = (key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

  const tokens = tokenize(article.text);
  const names = nameWords(article.text, tokens, stop);
  const titleEnd = article.text.startsWith(article.title) ? article.title.length : 0;
  for (const token of tokens) {
    const key = tokenKey(token, names, stop);
    if (key) bump(key, token.start < titleEnd ? 1 + opts.titleWeight : 1);
  }
  for (const entity of analysis.entities) {
    const key = `${entity.type === 'LOC' ? 'p' : 'e'}:${normaliseName(entity.name)}`;
    bump(key, Math.max(1, entity.mentions.length));
  }
  for (const figure of analysis.figures) {
    if (Number.isFinite(figure.value)) bump(`#:${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`);
  }
  for (const date of analysis.dates) bump(`d:${date.value.slice(0, 10)}`);

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
function nameWords(text: string, tokens: Token[], stop: Set<string>): Set<string> {
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
function tokenKey(token: Token, names: Set<string>, stop: Set<string>): string | null {
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
