/**
 * The entity registry's statements and steps, written once for both engines: saved inside
 * `saveArticle`'s transaction (links, entity rows, merges), read by `listEntities` and `getEntity`.
 */
import type {
  EntityLink,
  EntityType,
  LinkEvidence,
  NameCount,
  RegistryChange,
  RegistryEntity,
} from '../../model/index.js';
import { MAX_MERGE_CHAIN } from '../codec.js';
import type { RegistryUpdate, StoredEntity } from '../store.js';
import { all, exec, first, type Steps, statement } from './steps.js';

type Count = number | string;

interface EntityRow {
  id: string;
  type: string;
  name: string;
  place: string | null;
  aliases: string;
  roles: string;
  first_seen: string | null;
  last_seen: string | null;
  articles: Count;
  mentions: Count;
  merged_into: string | null;
}

interface LinkRow {
  article_id: string;
  entity_id: string;
  registry_id: string;
  evidence: string;
  matched: string | null;
}

interface ChangeRow {
  kind: string;
  from_id: string;
  into_id: string;
  evidence: string;
  article_id: string;
  note: string;
}

const ENTITY_COLUMNS =
  'id, type, name, place, aliases, roles, first_seen, last_seen, articles, mentions, merged_into';

const upsertEntity = statement<{
  id: string;
  type: string;
  name: string;
  place: string | null;
  aliases: string;
  roles: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  mentions: number;
  now: string;
}>(
  `INSERT INTO registry_entities (id, type, name, place, aliases, roles, first_seen, last_seen, articles,
     mentions, updated_at)
   VALUES (@id, @type, @name, @place, @aliases, @roles, @firstSeen, @lastSeen, @articles, @mentions, @now)
   ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, place = excluded.place,
     aliases = excluded.aliases, roles = excluded.roles, first_seen = excluded.first_seen,
     last_seen = excluded.last_seen, articles = excluded.articles, mentions = excluded.mentions,
     updated_at = excluded.updated_at`,
);
const retireEntity = statement<{ from: string; into: string; now: string }>(
  'UPDATE registry_entities SET merged_into = @into, updated_at = @now WHERE id = @from',
);
const repointLinks = statement<{ from: string; into: string }>(
  'UPDATE entity_links SET registry_id = @into WHERE registry_id = @from',
);
const insertChange = statement<{
  kind: string;
  from: string;
  into: string;
  evidence: string;
  articleId: string;
  note: string;
  now: string;
}>(
  `INSERT INTO registry_changes (kind, from_id, into_id, evidence, article_id, note, at)
   VALUES (@kind, @from, @into, @evidence, @articleId, @note, @now)`,
);
const deleteLinks = statement<{ articleId: string }>(
  'DELETE FROM entity_links WHERE article_id = @articleId',
);
const insertLink = statement<{
  articleId: string;
  entityId: string;
  registryId: string;
  evidence: string;
  matched: string | null;
}>(
  `INSERT INTO entity_links (article_id, entity_id, registry_id, evidence, matched)
   VALUES (@articleId, @entityId, @registryId, @evidence, @matched)`,
);
const entityById = statement<{ id: string }, EntityRow>(
  `SELECT ${ENTITY_COLUMNS} FROM registry_entities WHERE id = @id`,
);
const linksOf = statement<{ id: string }, LinkRow>(
  `SELECT article_id, entity_id, registry_id, evidence, matched FROM entity_links
   WHERE registry_id = @id ORDER BY article_id, entity_id`,
);
const storiesOf = statement<{ id: string }, { story_id: string }>(
  `SELECT a.story_id, min(a.seq) AS first FROM entity_links l JOIN articles a ON a.id = l.article_id
   WHERE l.registry_id = @id AND a.story_id IS NOT NULL GROUP BY a.story_id ORDER BY first`,
);
const changesOf = statement<{ id: string }, ChangeRow>(
  `SELECT kind, from_id, into_id, evidence, article_id, note FROM registry_changes
   WHERE into_id = @id OR from_id = @id ORDER BY id`,
);
const liveEntities = statement<
  { type: string | null; storyId: string | null; limit: number; offset: number },
  EntityRow
>(
  (s) => `SELECT ${ENTITY_COLUMNS} FROM registry_entities e
   WHERE e.merged_into IS NULL AND (CAST(@type AS text) IS NULL OR e.type = CAST(@type AS text))
     AND (CAST(@storyId AS text) IS NULL OR EXISTS (
       SELECT 1 FROM entity_links l JOIN articles a ON a.id = l.article_id
       WHERE l.registry_id = e.id AND a.story_id = CAST(@storyId AS text)))
   ORDER BY e.articles DESC, e.id ${s.bytewise} LIMIT @limit OFFSET @offset`,
);

/**
 * Saves one article's registry update, after its article row: the entity rows first (links point at
 * them), then each merge (the absorbed row is retired and its links move), then the article's links,
 * replacing an earlier version's.
 */
export function* saveRegistrySteps(articleId: string, update: RegistryUpdate, now: string): Steps<void> {
  for (const e of update.entities) {
    yield* exec(upsertEntity, {
      id: e.id,
      type: e.type,
      name: e.name,
      place: e.place,
      aliases: JSON.stringify(e.aliases),
      roles: JSON.stringify(e.roles),
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      articles: e.articles,
      mentions: e.mentions,
      now,
    });
  }
  for (const c of update.changes) {
    yield* exec(insertChange, { ...c, now });
    yield* exec(retireEntity, { from: c.from, into: c.into, now });
    yield* exec(repointLinks, { from: c.from, into: c.into });
  }
  yield* exec(deleteLinks, { articleId });
  for (const l of update.links) {
    yield* exec(insertLink, {
      articleId,
      entityId: l.entityId,
      registryId: l.registryId,
      evidence: l.evidence,
      matched: l.matched,
    });
  }
}

/** A page of live entities. */
export function* listEntitiesSteps(filter: {
  type: EntityType | null;
  storyId: string | null;
  limit: number;
  offset: number;
}): Steps<RegistryEntity[]> {
  const rows = yield* all(liveEntities, filter);
  const out: RegistryEntity[] = [];
  for (const row of rows) out.push(entityFromRow(row, yield* storyIds(row.id)));
  return out;
}

/** An entity with its links and merges, following merges to the live entity. */
export function* entitySteps(id: string): Steps<StoredEntity | null> {
  let row = yield* first(entityById, { id });
  for (let hops = 0; row?.merged_into && hops < MAX_MERGE_CHAIN * 16; hops++) {
    row = yield* first(entityById, { id: row.merged_into });
  }
  if (!row || row.merged_into) return null;
  const links = (yield* all(linksOf, { id: row.id })).map(
    (l): EntityLink => ({
      articleId: l.article_id,
      entityId: l.entity_id,
      registryId: l.registry_id,
      evidence: l.evidence as LinkEvidence,
      matched: l.matched,
    }),
  );
  const changes = (yield* all(changesOf, { id: row.id })).map(
    (c): RegistryChange => ({
      kind: c.kind as RegistryChange['kind'],
      from: c.from_id,
      into: c.into_id,
      evidence: c.evidence as LinkEvidence,
      articleId: c.article_id,
      note: c.note,
    }),
  );
  return { entity: entityFromRow(row, yield* storyIds(row.id)), links, changes };
}

function* storyIds(id: string): Steps<string[]> {
  return (yield* all(storiesOf, { id })).map((r) => r.story_id);
}

function entityFromRow(row: EntityRow, stories: string[]): RegistryEntity {
  return {
    id: row.id,
    type: row.type as EntityType,
    name: row.name,
    aliases: JSON.parse(row.aliases) as NameCount[],
    roles: JSON.parse(row.roles) as NameCount[],
    place: row.place,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    stories,
    articles: Number(row.articles),
    mentions: Number(row.mentions),
  };
}
