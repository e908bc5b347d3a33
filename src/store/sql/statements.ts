/**
 * Every statement the store runs, once for both engines: `@name` parameters (always bound, never
 * spliced), the engines' differences taken from `SqlSyntax`. To add a table: a migration in
 * `migrations.ts`, its statements here, the steps that use them in `sql-store.ts` (or their own module).
 */
import type { HistoryRow, HitRow, JobRow, MemberRow, StoryRow, SummaryRow, VersionRow } from '../codec.js';
import type { JobStatus } from '../store.js';
import { statement } from './steps.js';

/** A count as either engine returns it (PostgreSQL's bigint arrives as a string). */
type Count = number | string;
type ArticleParams = {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  storyId: string | null;
  duplicateOf: string | null;
  version: number;
  features: string;
  now: string;
};

const VERSION_COLUMNS = `v.article_id, v.version, a.latest_version, v.content_hash, v.article, v.findings,
  a.text AS latest_text, a.story_id, a.duplicate_of, v.ingested_at`;

// Articles and their versions.

export const versionByHash = statement<{ hash: string }, { article_id: string; version: Count }>(
  'SELECT article_id, version FROM article_versions WHERE content_hash = @hash',
);
export const latestVersionOf = statement<{ id: string }, { latest_version: Count }>(
  'SELECT latest_version FROM articles WHERE id = @id',
);
export const insertArticle = statement<ArticleParams>(
  `INSERT INTO articles (id, url, title, outlet, published, text, story_id, duplicate_of, latest_version,
     features, created_at, updated_at)
   VALUES (@id, @url, @title, @outlet, @published, @text, @storyId, @duplicateOf, @version, @features, @now, @now)`,
);
export const updateArticle = statement<ArticleParams>(
  `UPDATE articles SET url = @url, title = @title, outlet = @outlet, published = @published, text = @text,
     story_id = @storyId, duplicate_of = @duplicateOf, latest_version = @version, features = @features,
     updated_at = @now
   WHERE id = @id`,
);
export const insertVersion = statement<{
  articleId: string;
  version: number;
  hash: string;
  title: string;
  published: string | null;
  article: string;
  findings: string;
  diff: string | null;
  now: string;
}>(
  `INSERT INTO article_versions (article_id, version, content_hash, title, published, article, findings, diff,
     ingested_at)
   VALUES (@articleId, @version, @hash, @title, @published, @article, @findings, @diff, @now)`,
);
export const latestArticleJson = statement<{ id: string }, { article: string; text: string }>(
  `SELECT v.article, a.text FROM articles a
   JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version WHERE a.id = @id`,
);
export const setVersionArticle = statement<{ id: string; version: number; article: string }>(
  'UPDATE article_versions SET article = @article WHERE article_id = @id AND version = @version',
);
export const versionOf = statement<{ id: string; version: number | null }, VersionRow>(
  `SELECT ${VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.article_id = a.id
   WHERE a.id = @id AND v.version = coalesce(CAST(@version AS integer), a.latest_version)`,
);
export const latestVersions = statement<{ ids: readonly string[] }, VersionRow>(
  (s) => `SELECT ${VERSION_COLUMNS} FROM articles a
   JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
   WHERE ${s.inList('a.id', 'ids')}`,
);
export const versionHistory = statement<{ id: string }, HistoryRow>(
  `SELECT version, content_hash, title, published, ingested_at, diff FROM article_versions
   WHERE article_id = @id ORDER BY version`,
);

/** The listing with only the filters asked for, so each combination can use its index. */
function listing(bySince: boolean, byStory: boolean) {
  const where = [bySince ? 'published >= @since' : '', byStory ? 'story_id = @storyId' : ''].filter(Boolean);
  return statement<
    { since: string | null; storyId: string | null; limit: number; offset: number },
    SummaryRow
  >(
    `SELECT id, url, title, outlet, published, story_id, duplicate_of, latest_version, updated_at
     FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY published DESC NULLS LAST, seq DESC LIMIT @limit OFFSET @offset`,
  );
}
const LISTINGS = [listing(false, false), listing(false, true), listing(true, false), listing(true, true)];
/** The article listing for a filter combination. */
export const articleListing = (bySince: boolean, byStory: boolean) =>
  LISTINGS[(bySince ? 2 : 0) + (byStory ? 1 : 0)]!;

export const search = statement<{ match: string; limit: number }, HitRow>((s) => s.search);
export const counts = statement<
  Record<string, never>,
  { articles: Count; versions: Count; stories: Count; merges: Count; duplicates: Count }
>(
  `SELECT (SELECT count(*) FROM articles) AS articles,
     (SELECT count(*) FROM article_versions) AS versions,
     (SELECT count(*) FROM stories WHERE merged_into IS NULL) AS stories,
     (SELECT count(*) FROM story_merges) AS merges,
     (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates`,
);
export const clusterPage = statement<
  { after: number; limit: number },
  { seq: Count; id: string; story_id: string | null; features: string }
>('SELECT seq, id, story_id, features FROM articles WHERE seq > @after ORDER BY seq LIMIT @limit');

// Stories and merges.

export const upsertStory = statement<{ id: string; title: string; keyEntities: string; now: string }>(
  `INSERT INTO stories (id, title, key_entities, created_at, updated_at)
   VALUES (@id, @title, @keyEntities, @now, @now)
   ON CONFLICT (id) DO UPDATE SET title = excluded.title, key_entities = excluded.key_entities,
     updated_at = excluded.updated_at`,
);
export const storyById = statement<{ id: string }, StoryRow & { merged_into: string | null }>(
  'SELECT id, title, key_entities, merged_into FROM stories WHERE id = @id',
);
export const touchStory = statement<{ id: string; now: string }>(
  'UPDATE stories SET changes = changes + 1, updated_at = @now WHERE id = @id',
);
export const storyChanges = statement<{ id: string }, { merged_into: string | null; changes: Count }>(
  'SELECT merged_into, changes FROM stories WHERE id = @id',
);
export const storyMembers = statement<{ id: string }, MemberRow>(
  'SELECT id, outlet, published FROM articles WHERE story_id = @id ORDER BY seq',
);
export const membersOfStories = statement<{ ids: readonly string[] }, MemberRow & { story_id: string }>(
  (s) =>
    `SELECT id, outlet, published, story_id FROM articles WHERE ${s.inList('story_id', 'ids')} ORDER BY seq`,
);
export const liveStories = statement<{ since: string | null; limit: number }, StoryRow>(
  (s) => `SELECT s.id, s.title, s.key_entities, count(a.seq) AS size, max(a.published) AS last
   FROM stories s LEFT JOIN articles a ON a.story_id = s.id
   WHERE s.merged_into IS NULL
   GROUP BY s.id
   HAVING CAST(@since AS text) IS NULL OR max(a.published) >= CAST(@since AS text)
   ORDER BY size DESC, last DESC NULLS LAST, s.id ${s.bytewise} LIMIT @limit`,
);
export const insertMerge = statement<{ into: string; from: string; score: number; at: string }>(
  'INSERT INTO story_merges (into_id, from_id, score, at) VALUES (@into, @from, @score, @at)',
);
export const retireStory = statement<{ into: string; from: string; now: string }>(
  'UPDATE stories SET merged_into = @into, updated_at = @now WHERE id = @from',
);
export const repointArticles = statement<{ into: string; from: string }>(
  'UPDATE articles SET story_id = @into WHERE story_id = @from',
);
export const mergesOf = statement<{ id: string }, { into: string; from: string; score: number; at: string }>(
  `SELECT into_id AS "into", from_id AS "from", score, at FROM story_merges
   WHERE into_id = @id OR from_id = @id ORDER BY id`,
);

// Jobs. Times are ms since the epoch.

export const enqueueJob = statement<
  { kind: string; payload: string; maxAttempts: number; now: number },
  { id: Count }
>(
  `INSERT INTO jobs (kind, payload, status, max_attempts, created_at, updated_at)
   VALUES (@kind, @payload, 'queued', @maxAttempts, @now, @now) RETURNING id`,
);
export const expireLeases = statement<{ now: number; error: string }>(
  `UPDATE jobs SET status = 'failed', error = @error, worker_id = NULL, lease_until = NULL, updated_at = @now
   WHERE status = 'running' AND lease_until < @now AND attempts >= max_attempts`,
);
/** Who claims, until when, and which kinds (`anyKind` 1: any kind; else one of `kinds`). */
export type ClaimParams = {
  workerId: string;
  leaseUntil: number;
  now: number;
  anyKind: number;
  kinds: readonly string[];
};
export const claimNextJob = statement<ClaimParams, JobRow>(
  (s) => `UPDATE jobs SET status = 'running', attempts = attempts + 1, worker_id = @workerId,
     lease_until = @leaseUntil, updated_at = @now
   WHERE id = (
     SELECT id FROM jobs
     WHERE status IN ('queued', 'running') AND (status = 'queued' OR lease_until < @now)
       AND (@anyKind = 1 OR ${s.inList('kind', 'kinds')})
     ORDER BY id LIMIT 1 ${s.skipLocked})
   RETURNING *`,
);
// Completing, failing and renewing check the holder: a worker whose lease ran out and whose job
// another worker claimed changes nothing.
export const completeJob = statement<
  { id: number; workerId: string; result: string; now: number },
  { id: Count }
>(
  `UPDATE jobs SET status = 'done', result = @result, lease_until = NULL, updated_at = @now
   WHERE id = @id AND status = 'running' AND worker_id = @workerId RETURNING id`,
);
export const failJob = statement<
  { id: number; workerId: string; error: string; now: number },
  { status: JobStatus }
>(
  `UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
     error = @error, worker_id = NULL, lease_until = NULL, updated_at = @now
   WHERE id = @id AND status = 'running' AND worker_id = @workerId RETURNING status`,
);
export const renewLease = statement<
  { id: number; workerId: string; leaseUntil: number; now: number },
  { id: Count }
>(
  `UPDATE jobs SET lease_until = @leaseUntil, updated_at = @now
   WHERE id = @id AND status = 'running' AND worker_id = @workerId RETURNING id`,
);
export const jobStatus = statement<{ id: number }, { status: JobStatus }>(
  'SELECT status FROM jobs WHERE id = @id',
);
export const jobCounts = statement<Record<string, never>, { status: JobStatus; n: Count }>(
  'SELECT status, count(*) AS n FROM jobs GROUP BY status',
);
