import type { Doc, Entity, Span, Speaker } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import type { MentionRange } from './mentions.js';

/** Speakers named so far in the article, latest last, for pronouns and short names. */
export interface SpeakerHistory {
  named: Speaker[];
}

/** The article's entities indexed once, so each speaker resolves in logarithmic time. */
export interface EntityIndex {
  /** Every entity mention, sorted by start. */
  mentions: Array<{ span: Span; entity: Entity }>;
  /** Mentions of people, and of groups and places that can speak as "they"/"it", sorted by end. */
  persons: Array<{ end: number; entity: Entity }>;
  groups: Array<{ end: number; entity: Entity }>;
  /** Entities by each word of their names and aliases ("Austin" → Lloyd J. Austin III). */
  byWord: Map<string, Entity>;
}

/** How many earlier speakers a short name is compared with ("Austin" after "Lloyd J. Austin III"). */
const HISTORY_WINDOW = 50;

/** Indexes entity mentions and name words; linear-logarithmic in the number of mentions. */
export function indexEntities(entities: Entity[], lex: Lexicon): EntityIndex {
  const mentions: EntityIndex['mentions'] = [];
  const persons: EntityIndex['persons'] = [];
  const groups: EntityIndex['groups'] = [];
  const byWord = new Map<string, Entity>();
  for (const entity of entities) {
    for (const span of entity.mentions) {
      mentions.push({ span, entity });
      if (entity.type === 'PERSON') persons.push({ end: span.end, entity });
      else if (entity.type === 'ORG' || entity.type === 'LOC') groups.push({ end: span.end, entity });
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
  return { mentions, persons, groups, byWord };
}

/** The words without a leading article ("the Kremlin" → "Kremlin"), to look a name up. */
function withoutArticle(words: string, lex: Lexicon): string {
  const space = words.search(/\s/);
  return space > 0 && lex.speakers.bareArticles.has(words.slice(0, space).toLowerCase())
    ? words.slice(space).trimStart()
    : words;
}

/** Index of the first element whose key is ≥ `at` (binary search). */
function lowerBound<T>(items: T[], at: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity with a mention overlapping `span` (mentions do not nest deeply, so a short scan back suffices). */
function entityAt(index: EntityIndex, span: Span): Entity | null {
  const from = lowerBound(index.mentions, span.end, (m) => m.span.start);
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const m = index.mentions[k].span;
    if (m.start < span.end && span.start < m.end) return index.mentions[k].entity;
  }
  return null;
}

/** The entity mentioned last before offset `at` among `sorted` (by end). */
function latestBefore(sorted: Array<{ end: number; entity: Entity }>, at: number): Entity | null {
  const k = lowerBound(sorted, at + 1, (m) => m.end) - 1;
  return k >= 0 ? sorted[k].entity : null;
}

/**
 * Resolves a speaker mention: "he"/"she" to the nearest earlier person (entity, else the last named
 * speaker), "they"/"it" to the nearest earlier group entity; a name to its entity, else to an earlier
 * speaker whose name holds its last word ("Austin" → "Lloyd J. Austin III"); otherwise the mention text
 * with no entity.
 */
export function resolveSpeaker(
  doc: Doc,
  mention: MentionRange,
  index: EntityIndex,
  history: SpeakerHistory,
  lex: Lexicon,
): Speaker {
  const span = { start: doc.tokens[mention.first].start, end: doc.tokens[mention.last - 1].end };
  const words = doc.text.slice(span.start, span.end);
  const key = words.toLowerCase();
  const agreement = mention.last - mention.first === 1 ? lex.speakers.pronouns.get(key) : undefined;
  if (agreement !== undefined) {
    const plural = agreement === 'plural';
    const entity = latestBefore(plural ? index.groups : index.persons, span.start);
    if (entity) return { name: entity.name, entityId: entity.id, span };
    const last = history.named[history.named.length - 1];
    if (last && !plural) return { name: last.name, entityId: last.entityId, span };
    return { name: words, entityId: null, span };
  }
  const bare = withoutArticle(words, lex);
  const entity = entityAt(index, span) ?? index.byWord.get(bare) ?? null;
  if (entity) return { name: entity.name, entityId: entity.id, span };
  if (/^\p{Lu}/u.test(bare)) {
    const lastWord = bare.split(/\s+/).pop() ?? bare;
    const floor = Math.max(0, history.named.length - HISTORY_WINDOW);
    for (let i = history.named.length - 1; i >= floor; i--) {
      const earlier = history.named[i];
      if (earlier.name !== bare && earlier.name.split(/\s+/).includes(lastWord)) {
        return { name: earlier.name, entityId: earlier.entityId, span };
      }
    }
  }
  return { name: words, entityId: null, span };
}
