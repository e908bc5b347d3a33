import { type Identity, linkedIdentity, type NameRef } from '../compare/index.js';
import type { LinkContext, Linker } from './linker.js';

/**
 * "Same person, same claimant" by registry identity, for the ledger, the brief and verify: two
 * mentions are one entity when the linker gave them one registry id (an article entity it linked,
 * or a bare name it can resolve: "U.S.", "American officials", "Mr. Austin" in the story); where it
 * resolves neither or only one, names decide (`nameIdentity`).
 */
export function registryIdentity(linker: Linker, context: LinkContext = {}): Identity {
  const idOf = (ref: NameRef): string | null =>
    (ref.entityId ? linker.registryIdOf(ref.articleId, ref.entityId) : null) ??
    (ref.name ? linker.lookup(ref.name, context) : null);
  return linkedIdentity(idOf);
}
