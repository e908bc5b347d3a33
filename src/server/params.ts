import { DossierError } from '../errors.js';
import type { EntityType } from '../model/index.js';

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** The `type` query parameter of entity listings: absent, or one of the four types (any case). */
export function entityType(value: string | undefined): EntityType | undefined {
  if (!value) return undefined;
  const type = value.toUpperCase() as EntityType;
  if (!ENTITY_TYPES.includes(type))
    throw new DossierError(`unknown entity type "${value}"`, `use type=${ENTITY_TYPES.join(', type=')}`);
  return type;
}
