import { DossierError, NotFoundError } from '../errors.js';
import type { Library } from '../library/index.js';
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

/** The live story an id names and its change counter (the key of its cached views); NotFoundError when unknown. */
export async function storyMark(library: Library, id: string): Promise<{ id: string; changes: string }> {
  const mark = await library.store.storyChanges(id);
  if (!mark)
    throw new NotFoundError(
      'no such story',
      'list the stories with GET /api/stories and use one of their ids',
      id,
    );
  return { id: mark.id, changes: String(mark.changes) };
}
