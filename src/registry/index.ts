export { identityOver, registryIdentity } from './identity.js';
export { DEFAULT_REGISTRY_LEXICON, type RegistryLexicon } from './lexicon.js';
export {
  type ArticleLinks,
  createLinker,
  DEFAULT_LINKER_OPTIONS,
  type EntityRef,
  type LinkContext,
  type LinkEntity,
  type Linker,
  type LinkerOptions,
  type LinkerResources,
  type LinkSource,
  linkSourceOf,
} from './linker.js';
export { nameKey } from './names.js';
export { createPlaceIndex, type Place, type PlaceData, type PlaceIndex } from './places.js';
