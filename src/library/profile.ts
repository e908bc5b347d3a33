import type { Analysis, EntityProfile } from '../model/index.js';
import { type Linker, nameKey } from '../registry/index.js';
import type { StoredEntity } from '../store/index.js';

/**
 * The registry id `nameOrId` stands for: an id the linker knows, else the entity the linker looks the
 * name up to, else the most linked entity with that alias; null when none (or no linker and no id).
 */
export function entityIdOf(linker: Linker | null, nameOrId: string): string | null {
  if (!linker || linker.entity(nameOrId)) return nameOrId;
  const key = nameKey(nameOrId);
  return (
    linker.lookup(nameOrId) ??
    linker
      .entities()
      .filter((e) => e.aliases.some((a) => nameKey(a.name) === key))
      .sort((a, b) => b.articles - a.articles)[0]?.id ??
    null
  );
}

/** The articles a stored entity is linked from, each with the ids of its article entities linked to it. */
export function linkedArticles(stored: StoredEntity): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const l of stored.links)
    byArticle.set(l.articleId, (byArticle.get(l.articleId) ?? new Set()).add(l.entityId));
  return byArticle;
}

/** The profile of a stored entity: the quotes, figures and claims its linked article entities have in `analyses`. */
export function entityProfile(
  stored: StoredEntity,
  byArticle: ReadonlyMap<string, ReadonlySet<string>>,
  analyses: readonly Analysis[],
): EntityProfile {
  const profile: EntityProfile = {
    ...stored,
    quotes: [],
    figures: [],
    claims: [],
    articlesRead: analyses.length,
  };
  for (const a of analyses) {
    const mine = byArticle.get(a.article.id)!;
    const articleId = a.article.id;
    for (const quote of a.quotes)
      if (quote.speaker?.entityId && mine.has(quote.speaker.entityId))
        profile.quotes.push({ articleId, quote });
    for (const figure of a.figures)
      if (figure.claimantId && mine.has(figure.claimantId)) profile.figures.push({ articleId, figure });
    for (const claim of a.claims)
      if (claim.claimantId && mine.has(claim.claimantId)) profile.claims.push({ articleId, claim });
  }
  return profile;
}
