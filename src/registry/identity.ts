import { type Identity, linkedIdentity, type NameRef } from '../compare/index.js';
import type { Analysis } from '../model/index.js';
import { createLinker, type LinkContext, type Linker } from './linker.js';
import type { PlaceIndex } from './places.js';

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

/** Analyses linked together in memory are one story: a surname joins a full name only within it. */
const TOGETHER: LinkContext = { storyId: 'linked-together' };

/**
 * "Same person" over some analyses linked in memory with a fresh linker, in the order given
 * (verify: the sources in reporting order, then the draft), so the draft's own entities resolve
 * by registry id too, not only the names it gives.
 */
export function identityOver(analyses: Analysis[], places: PlaceIndex): Identity {
  const linker = createLinker({ places });
  for (const a of analyses) linker.add(a, TOGETHER);
  return registryIdentity(linker, TOGETHER);
}
