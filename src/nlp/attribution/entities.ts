import type { Doc, Entity, Span } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import { scanQuoteMarks } from '../quotes/marks.js';
import { lowerBound } from './lower-bound.js';
import { insideAny, isSubject, type SalientMention, tokenAt } from './salience.js';

/** The article's entities indexed once, so each speaker resolves in logarithmic time. */
export interface EntityIndex {
  /** Every entity mention, sorted by start. */
  mentions: Array<{ span: Span; entity: Entity }>;
  /** Mentions of people, and of groups and places that can speak as "they"/"it", sorted by end. */
  persons: SalientMention[];
  groups: SalientMention[];
  /** The quotations' contents, sorted and disjoint: a name inside one is no antecedent outside it. */
  quoted: Span[];
  /** Entities by id. */
  byId: Map<string, Entity>;
  /** Entities by each word of their names and aliases ("Austin" → Lloyd J. Austin III). */
  byWord: Map<string, Entity>;
  /** The gender of each person whose text or first name tells it ("Mrs. Clinton", "Hillary"); absent when unknown. */
  genders: Map<string, Gender>;
}

export type Gender = 'male' | 'female';

/** Indexes entity mentions, name words and persons' genders; linear-logarithmic in the number of mentions. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over the entities fills the three indexes (mentions, name words, genders) together; split, each would walk the mentions again.
export function indexEntities(doc: Doc, entities: Entity[], lex: Lexicon): EntityIndex {
  const mentions: EntityIndex['mentions'] = [];
  const persons: EntityIndex['persons'] = [];
  const groups: EntityIndex['groups'] = [];
  const byWord = new Map<string, Entity>();
  const quoted = quoteRegions(doc);
  const salient = (span: Span, entity: Entity): SalientMention => ({
    end: span.end,
    entity,
    sentence: doc.sentenceOf[tokenAt(doc, span.start)] ?? 0,
    subject: isSubject(doc, span, lex),
    quoted: insideAny(quoted, span.start),
  });
  for (const entity of entities) {
    for (const span of entity.mentions) {
      mentions.push({ span, entity });
      if (entity.type === 'PERSON') persons.push(salient(span, entity));
      else if (entity.type === 'ORG' || entity.type === 'LOC') groups.push(salient(span, entity));
    }
    for (const n of [entity.name, ...entity.aliases]) {
      for (const w of n.split(/\s+/)) {
        const role = lex.speakers.roleWords.has(w.replace(/\.$/, '').toLowerCase());
        if (/^\p{Lu}/u.test(w) && !role && !byWord.has(w)) byWord.set(w, entity);
      }
      if (!byWord.has(n)) byWord.set(n, entity);
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  persons.sort((a, b) => a.end - b.end);
  groups.sort((a, b) => a.end - b.end);
  const genders = new Map<string, Gender>();
  for (const entity of entities) {
    const gender = entity.type === 'PERSON' ? genderOf(doc, entity, lex) : null;
    if (gender) genders.set(entity.id, gender);
  }
  return {
    mentions,
    persons,
    groups,
    quoted,
    byId: new Map(entities.map((e) => [e.id, e])),
    byWord,
    genders,
  };
}

/** The contents of the article's quotations as sorted, disjoint spans (nested ones merged). */
function quoteRegions(doc: Doc): Span[] {
  const spans = scanQuoteMarks(doc)
    .flatMap((q) => q.fragments)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** The word right before offset `at`, lower case ("mr." before "Obama"). */
function wordBefore(text: string, at: number): string {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 12), at));
  return m ? m[1].toLowerCase() : '';
}

/**
 * A person's gender: an honorific before a mention ("Mrs. Clinton", "Mr. Trump") decides; else the
 * first name of the fullest name, from the lexicon's first-name registry ("Hillary"); else unknown.
 */
function genderOf(doc: Doc, entity: Entity, lex: Lexicon): Gender | null {
  for (const m of entity.mentions) {
    const g = lex.speakers.honorificGenders.get(wordBefore(doc.text, m.start));
    if (g) return g;
  }
  for (const name of [entity.name, ...entity.aliases]) {
    const words = name.split(/\s+/);
    const g = lex.speakers.honorificGenders.get(words[0].toLowerCase());
    if (g) return g;
    if (words.length > 1) {
      const first = lex.speakers.firstNameGender(words[0]);
      if (first) return first;
    }
  }
  return null;
}

/**
 * The entity named at the head of `span`: one of its mentions covers the span's last character (an
 * English noun phrase ends in its head: "U.S. Secretary of Defense Lloyd J. Austin III" is Austin,
 * "South Korea's spy chief" is no entity). Mentions do not nest deeply, so a short scan back suffices.
 */
export function entityAt(index: EntityIndex, span: Span): Entity | null {
  const from = lowerBound(index.mentions, span.end, (m) => m.span.start);
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const m = index.mentions[k].span;
    if (m.start < span.end && m.end >= span.end && span.start < m.end) return index.mentions[k].entity;
  }
  return null;
}

/** The entity mentioned last before offset `at` among `sorted` (by end). */
export function latestBefore(sorted: readonly SalientMention[], at: number): Entity | null {
  const k = lowerBound(sorted, at + 1, (m) => m.end) - 1;
  return k >= 0 ? sorted[k].entity : null;
}
