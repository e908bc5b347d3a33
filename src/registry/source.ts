import type { Analysis, EntityType } from '../model/index.js';
import { MAX_NAME_CHARS } from './names.js';

/** An article entity as the linker reads it: its names, type and roles, and how many mentions it has. */
export interface LinkEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number;
}

/**
 * What the linker reads of an article: small enough to keep with the article, so a store can replay
 * it to rebuild the linker (`linkSourceOf` makes it from an analysis).
 */
export interface LinkSource {
  article: { id: string; published: string | null };
  entities: LinkEntity[];
  /** Ids of the entities that speak or claim (quote speakers, figure and claim claimants). */
  actors: string[];
}

/** The link source of an analysis: its entities, and which of them speak or claim. */
export function linkSourceOf(analysis: Analysis): LinkSource {
  const actors = new Set<string>();
  for (const q of analysis.quotes) if (q.speaker?.entityId) actors.add(q.speaker.entityId);
  for (const f of analysis.figures) if (f.claimantId) actors.add(f.claimantId);
  for (const c of analysis.claims) if (c.claimantId) actors.add(c.claimantId);
  return {
    article: { id: analysis.article.id, published: analysis.article.published },
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.length,
    })),
    actors: [...actors],
  };
}

/** A name as written and its key. */
export interface Form {
  text: string;
  key: string;
}

/** The entity's names, canonical first, as written and as keys; names past the length cap are left out. */
export function formsOf(e: LinkEntity, keyOf: (text: string) => string): Form[] {
  const out: Form[] = [];
  for (const raw of [e.name, ...e.aliases]) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > MAX_NAME_CHARS) continue;
    const key = keyOf(text);
    if (key !== '' && !out.some((f) => f.key === key)) out.push({ text, key });
  }
  return out;
}
