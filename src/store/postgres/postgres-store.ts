import type pg from 'pg';
import { NotFoundError } from '../../errors.js';
import type { Analysis, Story, StoryMerge } from '../../model/index.js';
import {
  clampCount,
  effectiveMerges,
  encodeArticle,
  encodeFindings,
  encodeJson,
  type HistoryRow,
  type HitRow,
  hitFromRow,
  isoOrNull,
  isVersionNumber,
  type JobRow,
  jobFromRow,
  jsonText,
  MAX_MERGE_CHAIN,
  MAX_PAGE,
  type MemberRow,
  type StoryRow,
  type SummaryRow,
  sinceFilter,
  sortedStories,
  storedArticleFromRow,
  storyFromRows,
  summaryFromRow,
  type VersionRow,
  versionFromRow,
  withText,
} from '../codec.js';
import { quotedPhrases, searchPhrases } from '../search-query.js';
import type {
  ArticleRecord,
  ArticleSummary,
  ClusterEntry,
  EnqueueOptions,
  Job,
  JobStats,
  JobStatus,
  Json,
  ListArticlesOptions,
  ListStoriesOptions,
  SaveResult,
  SearchHit,
  SearchOptions,
  Store,
  StoreCounts,
  StoredArticle,
  StoreOptions,
  VersionInfo,
} from '../store.js';
import { type Param, type Queryable, rows, transaction } from './sql.js';

/** The story a possibly merged story id now lives in (itself when live). */
async function liveStory(db: Queryable, id: string): Promise<string> {
  let live = id;
  for (let hops = 0; hops < MAX_MERGE_CHAIN; hops++) {
    const [row] = await rows<{ merged_into: string | null }>(
      db,
      'SELECT merged_into FROM stories WHERE id = $1',
      [live],
    );
    if (!row?.merged_into) return live;
    live = row.merged_into;
  }
  return live;
}

const VERSION_COLUMNS = `v.article_id, v.version, a.latest_version, v.content_hash, v.article, v.findings,
  a.text AS latest_text, a.story_id, a.duplicate_of, v.ingested_at`;

/** The PostgreSQL store: a pool, parameterised SQL, saves serialised by an advisory lock per schema. */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #options: StoreOptions;

  constructor(pool: pg.Pool, options: StoreOptions) {
    this.#pool = pool;
    this.#options = options;
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    const key = `dossier:exclusive:${this.#options.schema}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      }
    } finally {
      client.release();
    }
  }

  async saveArticle(record: ArticleRecord): Promise<SaveResult> {
    return transaction(this.#pool, async (client) => {
      // One writer at a time per schema: the hash check, the version number and the story
      // assignment of concurrent workers stay consistent, and no two saves deadlock on rows.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `dossier:save:${this.#options.schema}`,
      ]);
      return this.#save(client, record);
    });
  }

  async #save(client: pg.PoolClient, record: ArticleRecord): Promise<SaveResult> {
    const { article } = record;
    const [same] = await rows<{ article_id: string; version: number }>(
      client,
      'SELECT article_id, version FROM article_versions WHERE content_hash = $1',
      [record.contentHash],
    );
    if (same) return { status: 'unchanged', articleId: same.article_id, version: same.version };

    const now = new Date(this.#options.now()).toISOString();
    for (const story of sortedStories(record.stories)) {
      await rows(
        client,
        `INSERT INTO stories (id, title, key_entities, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, key_entities = excluded.key_entities,
           updated_at = excluded.updated_at`,
        [story.id, story.title, JSON.stringify(story.keyEntities ?? []), now],
      );
    }
    const [current] = await rows<{ latest_version: number }>(
      client,
      'SELECT latest_version FROM articles WHERE id = $1',
      [article.id],
    );
    const version = current ? current.latest_version + 1 : 1;
    const storyId = record.storyId === null ? null : await liveStory(client, record.storyId);
    const published = isoOrNull(article.published);
    const values: Param[] = [
      article.id,
      article.url,
      article.title,
      article.outlet,
      published,
      article.text,
      storyId,
      record.duplicateOf,
      version,
      jsonText(record.features),
      now,
    ];
    if (current) {
      const [previous] = await rows<{ article: string; text: string }>(
        client,
        `SELECT v.article, a.text FROM articles a
         JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version WHERE a.id = $1`,
        [article.id],
      );
      const frozen = previous ? withText(previous.article, previous.text) : null;
      if (frozen !== null) {
        await rows(
          client,
          'UPDATE article_versions SET article = $3 WHERE article_id = $1 AND version = $2',
          [article.id, current.latest_version, frozen],
        );
      }
      await rows(
        client,
        `UPDATE articles SET url = $2, title = $3, outlet = $4, published = $5, text = $6, story_id = $7,
           duplicate_of = $8, latest_version = $9, features = $10, updated_at = $11
         WHERE id = $1`,
        values,
      );
    } else {
      await rows(
        client,
        `INSERT INTO articles (id, url, title, outlet, published, text, story_id, duplicate_of, latest_version,
           features, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
        values,
      );
    }
    await rows(
      client,
      `INSERT INTO article_versions (article_id, version, content_hash, title, published, article, findings,
         diff, ingested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        article.id,
        version,
        record.contentHash,
        article.title,
        published,
        encodeArticle(article),
        encodeFindings(record.analysis),
        current ? encodeJson(record.diff) : null,
        now,
      ],
    );
    for (const merge of effectiveMerges(record.merges)) {
      await rows(client, 'INSERT INTO story_merges (into_id, from_id, score, at) VALUES ($1, $2, $3, $4)', [
        merge.into,
        merge.from,
        merge.score,
        merge.at,
      ]);
      const into = await liveStory(client, merge.into);
      if (into === merge.from) continue;
      await rows(client, 'UPDATE stories SET merged_into = $1, updated_at = $3 WHERE id = $2', [
        into,
        merge.from,
        now,
      ]);
      await rows(client, 'UPDATE articles SET story_id = $1 WHERE story_id = $2', [into, merge.from]);
    }
    return { status: current ? 'revision' : 'new', articleId: article.id, version };
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return (
      (await rows(this.#pool, 'SELECT 1 FROM article_versions WHERE content_hash = $1', [hash])).length > 0
    );
  }

  async getArticle(id: string, version?: number): Promise<StoredArticle | null> {
    if (!isVersionNumber(version)) return null;
    const [row] = await rows<VersionRow>(
      this.#pool,
      `SELECT ${VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.article_id = a.id
       WHERE a.id = $1 AND v.version = coalesce($2::integer, a.latest_version)`,
      [id, version ?? null],
    );
    return row ? storedArticleFromRow(row) : null;
  }

  async getVersions(id: string): Promise<VersionInfo[]> {
    const found = await rows<HistoryRow>(
      this.#pool,
      `SELECT version, content_hash, title, published, ingested_at, diff FROM article_versions
       WHERE article_id = $1 ORDER BY version`,
      [id],
    );
    return found.map(versionFromRow);
  }

  async listArticles(options: ListArticlesOptions = {}): Promise<ArticleSummary[]> {
    const params: Param[] = [clampCount(options.limit, 50, MAX_PAGE), clampCount(options.offset, 0, 2 ** 31)];
    const where: string[] = [];
    const since = sinceFilter(options.since);
    if (since !== null) where.push(`published >= $${params.push(since)}`);
    if (options.storyId !== undefined) where.push(`story_id = $${params.push(options.storyId)}`);
    const found = await rows<SummaryRow>(
      this.#pool,
      `SELECT id, url, title, outlet, published, story_id, duplicate_of, latest_version, updated_at
       FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY published DESC NULLS LAST, seq DESC LIMIT $1 OFFSET $2`,
      params,
    );
    return found.map(summaryFromRow);
  }

  async getAnalyses(articleIds: readonly string[]): Promise<Map<string, Analysis>> {
    const analyses = new Map<string, Analysis>();
    if (articleIds.length === 0) return analyses;
    const found = await rows<VersionRow>(
      this.#pool,
      `SELECT ${VERSION_COLUMNS} FROM articles a
       JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
       WHERE a.id = ANY($1::text[])`,
      [articleIds],
    );
    for (const row of found) analyses.set(row.article_id, storedArticleFromRow(row).analysis);
    return analyses;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const phrases = searchPhrases(query);
    if (phrases.length === 0) return [];
    // The headline is costly, so it is computed for the page of hits only.
    const found = await rows<HitRow>(
      this.#pool,
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
       hits AS (
         SELECT a.seq, ts_rank_cd(a.search, q.q) AS score FROM articles a, q
         WHERE a.search @@ q.q ORDER BY score DESC, a.seq LIMIT $2)
       SELECT a.id, a.title, a.outlet, a.published, a.story_id, h.score,
         ts_headline('english', a.text, q.q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM hits h JOIN articles a ON a.seq = h.seq, q
       ORDER BY h.score DESC, h.seq`,
      [quotedPhrases(phrases), clampCount(options.limit, 20, MAX_PAGE)],
    );
    return found.map(hitFromRow);
  }

  async count(): Promise<StoreCounts> {
    const [row] = await rows<StoreCounts>(
      this.#pool,
      `SELECT (SELECT count(*) FROM articles)::int AS articles,
         (SELECT count(*) FROM article_versions)::int AS versions,
         (SELECT count(*) FROM stories WHERE merged_into IS NULL)::int AS stories,
         (SELECT count(*) FROM story_merges)::int AS merges,
         (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)::int AS duplicates`,
    );
    return row!;
  }

  async getStory(id: string): Promise<Story | null> {
    type Row = StoryRow & { merged_into: string | null };
    const read = async (storyId: string) =>
      (
        await rows<Row>(
          this.#pool,
          'SELECT id, title, key_entities, merged_into FROM stories WHERE id = $1',
          [storyId],
        )
      )[0];
    let row = await read(id);
    for (let hops = 0; row?.merged_into && hops < MAX_MERGE_CHAIN; hops++) row = await read(row.merged_into);
    if (!row || row.merged_into) return null;
    const members = await rows<MemberRow>(
      this.#pool,
      'SELECT id, outlet, published FROM articles WHERE story_id = $1 ORDER BY seq',
      [row.id],
    );
    return storyFromRows(row, members);
  }

  async listStories(options: ListStoriesOptions = {}): Promise<Story[]> {
    const found = await rows<StoryRow>(
      this.#pool,
      `SELECT s.id, s.title, s.key_entities, count(a.seq) AS size, max(a.published) AS last
       FROM stories s LEFT JOIN articles a ON a.story_id = s.id
       WHERE s.merged_into IS NULL
       GROUP BY s.id
       HAVING $1::text IS NULL OR max(a.published) >= $1::text
       ORDER BY size DESC, last DESC NULLS LAST, s.id COLLATE "C" LIMIT $2`,
      [sinceFilter(options.since), clampCount(options.limit, 50, MAX_PAGE)],
    );
    if (found.length === 0) return [];
    const members = await rows<MemberRow & { story_id: string }>(
      this.#pool,
      'SELECT id, outlet, published, story_id FROM articles WHERE story_id = ANY($1::text[]) ORDER BY seq',
      [found.map((s) => s.id)],
    );
    const byStory = new Map<string, MemberRow[]>();
    for (const member of members) {
      const list = byStory.get(member.story_id);
      if (list) list.push(member);
      else byStory.set(member.story_id, [member]);
    }
    return found.map((row) => storyFromRows(row, byStory.get(row.id) ?? []));
  }

  async *clusterState(from = 0): AsyncIterable<ClusterEntry> {
    let after = String(from);
    for (;;) {
      const page = await rows<{ seq: string; id: string; story_id: string | null; features: string }>(
        this.#pool,
        'SELECT seq, id, story_id, features FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, this.#options.pageSize],
      );
      for (const row of page) {
        yield {
          seq: Number(row.seq),
          articleId: row.id,
          storyId: row.story_id,
          features: JSON.parse(row.features) as Json,
        };
      }
      if (page.length < this.#options.pageSize) return;
      after = page[page.length - 1]!.seq;
    }
  }

  async getMerges(storyId: string): Promise<StoryMerge[]> {
    return rows<StoryMerge>(
      this.#pool,
      `SELECT into_id AS "into", from_id AS "from", score, at FROM story_merges
       WHERE into_id = $1 OR from_id = $1 ORDER BY id`,
      [storyId],
    );
  }

  async enqueueJob(kind: string, payload: Json, options: EnqueueOptions = {}): Promise<number> {
    const [row] = await rows<{ id: string }>(
      this.#pool,
      `INSERT INTO jobs (kind, payload, status, max_attempts, created_at, updated_at)
       VALUES ($1, $2, 'queued', $3, $4, $4) RETURNING id`,
      [kind, jsonText(payload), options.maxAttempts ?? this.#options.maxAttempts, this.#options.now()],
    );
    return Number(row!.id);
  }

  async claimJob(workerId: string, kinds: readonly string[]): Promise<Job | null> {
    const now = this.#options.now();
    await rows(
      this.#pool,
      `UPDATE jobs SET status = 'failed', error = $2, worker_id = NULL, lease_until = NULL, updated_at = $1
       WHERE status = 'running' AND lease_until < $1 AND attempts >= max_attempts`,
      [now, 'lease expired on its last attempt'],
    );
    const [row] = await rows<JobRow>(
      this.#pool,
      `UPDATE jobs SET status = 'running', attempts = attempts + 1, worker_id = $1, lease_until = $2,
         updated_at = $3
       WHERE id = (
         SELECT id FROM jobs
         WHERE status IN ('queued', 'running') AND (status = 'queued' OR lease_until < $3)
           AND (cardinality($4::text[]) = 0 OR kind = ANY($4::text[]))
         ORDER BY id
         FOR UPDATE SKIP LOCKED
         LIMIT 1)
       RETURNING *`,
      [workerId, now + this.#options.leaseMs, now, kinds],
    );
    return row ? jobFromRow(row) : null;
  }

  async completeJob(id: number, result: Json): Promise<void> {
    const done = await rows(
      this.#pool,
      `UPDATE jobs SET status = 'done', result = $2, lease_until = NULL, updated_at = $3
       WHERE id = $1 AND status = 'running' RETURNING id`,
      [id, jsonText(result), this.#options.now()],
    );
    if (done.length === 0) await this.#requireJob(id);
  }

  async failJob(id: number, error: string): Promise<JobStatus> {
    const [row] = await rows<{ status: JobStatus }>(
      this.#pool,
      `UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
         error = $2, worker_id = NULL, lease_until = NULL, updated_at = $3
       WHERE id = $1 AND status = 'running' RETURNING status`,
      [id, error, this.#options.now()],
    );
    return row?.status ?? this.#requireJob(id);
  }

  /** The status of a job that exists; a NotFoundError otherwise. */
  async #requireJob(id: number): Promise<JobStatus> {
    const [row] = await rows<{ status: JobStatus }>(this.#pool, 'SELECT status FROM jobs WHERE id = $1', [
      id,
    ]);
    if (!row)
      throw new NotFoundError(`no job ${id}`, 'Use an id returned by enqueueJob or claimJob.', String(id));
    return row.status;
  }

  async jobStats(): Promise<JobStats> {
    const stats: JobStats = { queued: 0, running: 0, done: 0, failed: 0 };
    const found = await rows<{ status: JobStatus; n: number }>(
      this.#pool,
      'SELECT status, count(*)::int AS n FROM jobs GROUP BY status',
    );
    for (const row of found) stats[row.status] = row.n;
    return stats;
  }

  async close(): Promise<void> {
    if (!this.#pool.ended) await this.#pool.end();
  }
}
