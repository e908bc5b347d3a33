import type { Doc, Entity } from '../model/index.js';
import { DEMONYMS } from './data/demonyms.js';
import {
  ACRONYM_SKIP,
  NAME_CLOSERS_NOT,
  NAME_OPENERS_NOT,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
} from './data/names.js';
import { GOVERNMENT_SEATS } from './data/organisations.js';
import { APPOSITION_OPENERS, HONORIFICS, ROLE_STOP_WORDS, TITLE_WORDS } from './data/titles.js';
import { findMentions, type Mention } from './ner/mentions.js';
import type { NerModel } from './ner/model.js';
import { type RefineLexicon, refineMentions } from './ner/refine.js';
import { type ResolveLexicon, resolveMentions } from './ner/resolve.js';
import { type RoleLexicon, rolesOf } from './ner/roles.js';

/** The word lists entity finding reads, built once from the data modules. */
export interface EntityLexicon {
  refine: RefineLexicon;
  resolve: ResolveLexicon;
  roles: RoleLexicon;
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

/** The shipped word lists: demonyms, titles, name suffixes, acronym function words. */
export const DEFAULT_ENTITY_LEXICON: EntityLexicon = {
  refine: {
    demonyms: lower(DEMONYMS),
    titles: lower([...TITLE_WORDS.heads, ...TITLE_WORDS.modifiers]),
    titleHeads: lower(TITLE_WORDS.heads),
    suffixes: lower(NAME_SUFFIXES),
    notNames: lower([...NOT_NAME_WORDS, ...ROLE_STOP_WORDS]),
    organisations: lower(GOVERNMENT_SEATS),
    openers: lower(NAME_OPENERS_NOT),
    closers: lower(NAME_CLOSERS_NOT),
  },
  resolve: { suffixes: lower(NAME_SUFFIXES), acronymSkip: lower(ACRONYM_SKIP) },
  roles: {
    heads: lower(TITLE_WORDS.heads),
    modifiers: lower(TITLE_WORDS.modifiers),
    connectors: lower(TITLE_WORDS.connectors),
    demonyms: lower(DEMONYMS.flatMap((d) => d.split(' '))),
    openers: lower(APPOSITION_OPENERS),
    stops: lower(ROLE_STOP_WORDS),
    notNames: lower(NOT_NAME_WORDS),
    honorifics: lower(HONORIFICS),
  },
};

/**
 * Finds the article's entities: tags names with the trained model, cleans them (no demonyms,
 * titles kept out of names), groups all mentions of one entity under one canonical name with its
 * aliases, and reads persons' roles from titles and appositions. Ids (`e1`, `e2`, …) follow the
 * order of first mention; every mention span slices to the name as written.
 */
export function findEntities(
  doc: Doc,
  ner: NerModel,
  lexicon: EntityLexicon = DEFAULT_ENTITY_LEXICON,
): Entity[] {
  if (doc.tokens.length === 0) return [];
  const mentions = refineMentions(doc, findMentions(doc, ner.weights()), lexicon.refine);
  const sentenceOf = sentenceIndex(doc);
  return resolveMentions(mentions, lexicon.resolve).map((group, i) => {
    const roles: string[] = [];
    if (group.type === 'PERSON') {
      for (const m of group.mentions) {
        const s = doc.sentences[sentenceOf[m.first]];
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

/** The sentence index of every token. */
function sentenceIndex(doc: Doc): Int32Array {
  const of = new Int32Array(doc.tokens.length);
  doc.sentences.forEach((s, i) => {
    of.fill(i, s.first, s.last);
  });
  return of;
}
