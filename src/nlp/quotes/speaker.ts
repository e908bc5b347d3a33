import type { Doc, Entity, Span, Speaker } from '../../model/index.js';
import { SPEAKER_PRONOUNS } from '../data/speech.js';
import type { MentionRange } from './mentions.js';

/** Speakers named so far in the article, latest last, for pronouns and short names. */
export interface SpeakerHistory {
  named: Speaker[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const DETERMINER = /^(?:the|a|an)\s+/i;

/** The entity a mention names: one whose mentions overlap it, else one whose name or aliases contain it. */
function entityFor(span: Span, words: string, entities: Entity[]): Entity | null {
  for (const e of entities) if (e.mentions.some((m) => overlaps(m, span))) return e;
  const bare = words.replace(DETERMINER, '');
  for (const e of entities) {
    if ([e.name, ...e.aliases].some((n) => n === bare || n.split(/\s+/).includes(bare))) return e;
  }
  return null;
}

/** The nearest person mentioned before `at`, by entity mentions. */
function personBefore(at: number, entities: Entity[]): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end <= at && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
    }
  }
  return best;
}

/**
 * Resolves a speaker mention: a pronoun to the nearest earlier person (entity, else the last named
 * speaker); a name to its entity, else to an earlier speaker whose name ends with it ("Austin" →
 * "Lloyd J. Austin III"); otherwise the mention text itself with no entity.
 */
export function resolveSpeaker(
  doc: Doc,
  mention: MentionRange,
  entities: Entity[],
  history: SpeakerHistory,
): Speaker {
  const span = { start: doc.tokens[mention.first].start, end: doc.tokens[mention.last - 1].end };
  const words = doc.text.slice(span.start, span.end);
  const key = words.toLowerCase();
  if (mention.last - mention.first === 1 && Object.hasOwn(SPEAKER_PRONOUNS, key)) {
    const plural = SPEAKER_PRONOUNS[key] === 'plural';
    const person = plural ? null : personBefore(span.start, entities);
    if (person) return { name: person.name, entityId: person.id, span };
    const last = history.named[history.named.length - 1];
    if (last && !plural) return { name: last.name, entityId: last.entityId, span };
    return { name: words, entityId: null, span };
  }
  const entity = entityFor(span, words, entities);
  if (entity) return { name: entity.name, entityId: entity.id, span };
  const bare = words.replace(DETERMINER, '');
  const lastWord = bare.split(/\s+/).pop() ?? bare;
  if (/^\p{Lu}/u.test(bare)) {
    for (let i = history.named.length - 1; i >= 0; i--) {
      const earlier = history.named[i];
      if (earlier.name !== bare && earlier.name.split(/\s+/).includes(lastWord)) {
        return { name: earlier.name, entityId: earlier.entityId, span };
      }
    }
  }
  return { name: words, entityId: null, span };
}
