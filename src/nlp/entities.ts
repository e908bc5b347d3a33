import type { Doc, Entity } from '../model/index.js';
import type { Lexicon } from './lexicon.js';
import { findMentions, type Mention } from './ner/mentions.js';
import type { NerModel } from './ner/model.js';
import { type RefineLexicon, refineMentions } from './ner/refine.js';
import { type ResolveLexicon, resolveMentions } from './ner/resolve.js';
import { type RoleLexicon, rolesOf } from './ner/roles.js';

/** The word lists entity finding reads (part of the `Lexicon`). */
export interface EntityLexicon {
  refine: RefineLexicon;
  resolve: ResolveLexicon;
  roles: RoleLexicon;
}

/**
 * Finds the article's entities: tags names with the trained model, cleans them (no demonyms,
 * titles kept out of names), groups all mentions of one entity under one canonical name with its
 * aliases, and reads persons' roles from titles and appositions. Ids (`e1`, `e2`, …) follow the
 * order of first mention; every mention span slices to the name as written.
 */
export function findEntities(doc: Doc, ner: NerModel, { entities: lexicon }: Lexicon): Entity[] {
  if (doc.tokens.length === 0) return [];
  const mentions = refineMentions(doc, findMentions(doc, ner.weights()), lexicon.refine);
  return resolveMentions(mentions, lexicon.resolve).map((group, i) => {
    const roles: string[] = [];
    if (group.type === 'PERSON') {
      for (const m of group.mentions) {
        const s = doc.sentences[doc.sentenceOf[m.first]];
        for (const role of rolesOf(doc, m, s.first, s.last, lexicon.roles)) {
          // A headline's "Leader" and the body's "leader" are one role.
          if (!roles.some((r) => r.toLowerCase() === role.toLowerCase())) roles.push(role);
        }
      }
    }
    return {
      id: `e${i + 1}`,
      name: group.name,
      type: group.type,
      aliases: group.aliases,
      roles,
      mentions: group.mentions.map(({ start, end }: Mention) => ({ start, end })),
    };
  });
}
