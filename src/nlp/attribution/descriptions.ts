import type { Doc, Entity, Span } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import type { EntityIndex, Gender } from './entities.js';
import { lowerBound } from './lower-bound.js';
import { insideAny, mostSalient, tokenAt } from './salience.js';

/** How many entity mentions back a description's head word is looked for in a name. */
const NAME_WINDOW = 200;

/** The latest entity before `at`, not a person, whose name holds `head` ("The commission" → Commission on Presidential Debates). */
function namedWith(index: EntityIndex, head: string, at: number): Entity | null {
  const top = lowerBound(index.mentions, at, (m) => m.span.start) - 1;
  for (let k = top; k >= 0 && top - k < NAME_WINDOW; k--) {
    const { entity } = index.mentions[k];
    if (entity.type === 'PERSON') continue;
    if (entity.name.toLowerCase().split(/\s+/).includes(head)) return entity;
  }
  return null;
}

/**
 * The named entity a definite description refers back to, as a careful reader takes it: "The
 * commission" is the latest entity whose name holds "commission"; "the mayor", "The Republican
 * presidential nominee" the most salient person of the last sentences (of the gender the head tells:
 * "The woman"); "the bank" the most salient organisation; "the state" the most salient place. Null for
 * an indefinite or plural description ("a spokesman", "officials"), which is its own best name.
 */
export function describedEntity(doc: Doc, index: EntityIndex, span: Span, lex: Lexicon): Entity | null {
  const words = doc.text.slice(span.start, span.end).split(/\s+/);
  if (words.length < 2 || !lex.speakers.definiteOpeners.has(words[0].toLowerCase())) return null;
  const head = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  const named = namedWith(index, head, span.start);
  if (named) return named;
  const kind = lex.speakers.descriptionHeads.get(head);
  if (!kind) return null;
  const sentence = doc.sentenceOf[tokenAt(doc, span.start)] ?? 0;
  const quoted = insideAny(index.quoted, span.start);
  if (kind === 'org' || kind === 'place') {
    const type = kind === 'org' ? 'ORG' : 'LOC';
    return mostSalient(index.groups, span.start, sentence, quoted, (e) => (e.type === type ? 1 : 0));
  }
  const agrees = (g: Gender | undefined) => (kind === 'person' || g === undefined ? 1 : g === kind ? 1 : 0);
  return mostSalient(index.persons, span.start, sentence, quoted, (e) => agrees(index.genders.get(e.id)));
}
