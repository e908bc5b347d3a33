import { NotFoundError } from '../../errors.js';
import type { Analysis, RegistryEntity, Story, StoryMerge } from '../../model/index.js';
import {
  clampCount,
  hitFromRow,
  isVersionNumber,
  type JobRow,
  jobFromRow,
  jsonText,
  MAX_MERGE_CHAIN,
  MAX_PAGE,
  type MemberRow,
  sinceFilter,
  storedArticleFromRow,
  storyFromRows,
  summaryFromRow,
  versionFromRow,
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
  ListEntitiesOptions,
  ListStoriesOptions,
  SaveResult,
  SearchHit,
  SearchOptions,
  Store,
  StoreCounts,
  StoredArticle,
  StoredEntity,
  StoreOptions,
  VersionInfo,
} from '../store.js';
import type { SqlDialect } from './dialect.js';
import { entitySteps, listEntitiesSteps } from './registry.js';
import { liveStory, saveSteps } from './save.js';
import * as SQL from './statements.js';
import { all, exec, first, type Steps } from './steps.js';

/** Ids per query when reading many articles or stories at once. */
const ID_CHUNK = 500;

/**
 * The Store over SQL: every method's steps written once, run by an engine's `SqlDialect` (SQLite or
 * PostgreSQL), which supplies only how statements run and the few fragments of SQL it writes its own way.
 */
export class SqlStore implements Store {
  readonly #db: SqlDialect;
  readonly #options: StoreOptions;

  constructor(dialect: SqlDialect, options: StoreOptions) {
    this.#db = dialect;
    this.#options = options;
  }

  async saveArticle(record: ArticleRecord): Promise<SaveResult> {
    return this.#db.write(saveSteps(record, new Date(this.#options.now()).toISOString()));
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return (await this.#db.run(first(SQL.versionByHash, { hash }))) !== undefined;
  }

  async getArticle(id: string, version?: number): Promise<StoredArticle | null> {
    if (!isVersionNumber(version)) return null;
    const row = await this.#db.run(first(SQL.versionOf, { id, version: version ?? null }));
    return row ? storedArticleFromRow(row) : null;
  }

  async getVersions(id: string): Promise<VersionInfo[]> {
    return (await this.#db.run(all(SQL.versionHistory, { id }))).map(versionFromRow);
  }

  async listArticles(options: ListArticlesOptions = {}): Promise<ArticleSummary[]> {
    const since = sinceFilter(options.since);
    const storyId = options.storyId ?? null;
    const rows = await this.#db.run(
      all(SQL.articleListing(since !== null, storyId !== null), {
        since,
        storyId,
        limit: clampCount(options.limit, 50, MAX_PAGE),
        offset: clampCount(options.offset, 0, Number.MAX_SAFE_INTEGER),
      }),
    );
    return rows.map(summaryFromRow);
  }

  async getAnalyses(articleIds: readonly string[]): Promise<Map<string, Analysis>> {
    const analyses = new Map<string, Analysis>();
    for (let i = 0; i < articleIds.length; i += ID_CHUNK) {
      const ids = articleIds.slice(i, i + ID_CHUNK);
      for (const row of await this.#db.run(all(SQL.latestVersions, { ids }))) {
        analyses.set(row.article_id, storedArticleFromRow(row).analysis);
      }
    }
    return analyses;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const phrases = searchPhrases(query);
    if (phrases.length === 0) return [];
    const rows = await this.#db.run(
      all(SQL.search, { match: quotedPhrases(phrases), limit: clampCount(options.limit, 20, MAX_PAGE) }),
    );
    return rows.map(hitFromRow);
  }

  async count(): Promise<StoreCounts> {
    const row = (await this.#db.run(first(SQL.counts, {})))!;
    return {
      articles: Number(row.articles),
      versions: Number(row.versions),
      stories: Number(row.stories),
      merges: Number(row.merges),
      duplicates: Number(row.duplicates),
    };
  }

  async getStory(id: string): Promise<Story | null> {
    return this.#db.run(storySteps(id));
  }

  async listStories(options: ListStoriesOptions = {}): Promise<Story[]> {
    const filter = { since: sinceFilter(options.since), limit: clampCount(options.limit, 50, MAX_PAGE) };
    return this.#db.run(storiesSteps(filter));
  }

  async *clusterState(after = 0): AsyncIterable<ClusterEntry> {
    const limit = this.#options.pageSize;
    for (;;) {
      const rows = await this.#db.run(all(SQL.clusterPage, { after, limit }));
      for (const row of rows) {
        yield {
          seq: Number(row.seq),
          articleId: row.id,
          storyId: row.story_id,
          features: JSON.parse(row.features) as Json,
        };
      }
      if (rows.length < limit) return;
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async storyChanges(id: string): Promise<{ id: string; changes: number } | null> {
    return this.#db.run(storyChangesSteps(id));
  }

  async getMerges(storyId: string): Promise<StoryMerge[]> {
    const rows = await this.#db.run(all(SQL.mergesOf, { id: storyId }));
    return rows.map((m) => ({ into: m.into, from: m.from, score: Number(m.score), at: m.at }));
  }

  async listEntities(options: ListEntitiesOptions = {}): Promise<RegistryEntity[]> {
    const storyId = options.storyId ? await this.#db.run(liveStory(options.storyId)) : null;
    return this.#db.run(
      listEntitiesSteps({
        type: options.type ?? null,
        storyId,
        limit: clampCount(options.limit, 50, MAX_PAGE),
        offset: clampCount(options.offset, 0, Number.MAX_SAFE_INTEGER),
      }),
    );
  }

  async getEntity(id: string): Promise<StoredEntity | null> {
    return this.#db.run(entitySteps(id));
  }

  async enqueueJob(kind: string, payload: Json, options: EnqueueOptions = {}): Promise<number> {
    const row = await this.#db.run(
      first(SQL.enqueueJob, {
        kind,
        payload: jsonText(payload),
        maxAttempts: options.maxAttempts ?? this.#options.maxAttempts,
        now: this.#options.now(),
      }),
    );
    return Number(row!.id);
  }

  async claimJob(workerId: string, kinds: readonly string[]): Promise<Job | null> {
    const now = this.#options.now();
    const leaseUntil = now + this.#options.leaseMs;
    const anyKind = kinds.length === 0 ? 1 : 0;
    const row = await this.#db.run(claimSteps(now, { workerId, leaseUntil, now, anyKind, kinds }));
    return row ? jobFromRow(row) : null;
  }

  async completeJob(id: number, workerId: string, result: Json): Promise<boolean> {
    const done = { id, workerId, result: jsonText(result), now: this.#options.now() };
    if (await this.#db.run(first(SQL.completeJob, done))) return true;
    await this.#requireJob(id);
    return false;
  }

  async failJob(id: number, workerId: string, error: string): Promise<JobStatus> {
    const row = await this.#db.run(first(SQL.failJob, { id, workerId, error, now: this.#options.now() }));
    return row?.status ?? this.#requireJob(id);
  }

  async renewLease(id: number, workerId: string): Promise<boolean> {
    const now = this.#options.now();
    const lease = { id, workerId, leaseUntil: now + this.#options.leaseMs, now };
    if (await this.#db.run(first(SQL.renewLease, lease))) return true;
    await this.#requireJob(id);
    return false;
  }

  /** The status of a job that exists; a NotFoundError otherwise. */
  async #requireJob(id: number): Promise<JobStatus> {
    const row = await this.#db.run(first(SQL.jobStatus, { id }));
    if (!row)
      throw new NotFoundError(`no job ${id}`, 'Use an id returned by enqueueJob or claimJob.', String(id));
    return row.status;
  }

  async jobStats(): Promise<JobStats> {
    const stats: JobStats = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of await this.#db.run(all(SQL.jobCounts, {}))) stats[row.status] = Number(row.n);
    return stats;
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#db.exclusive(work);
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

/** A story with its members, following merges to the story that absorbed it. */
function* storySteps(id: string): Steps<Story | null> {
  let row = yield* first(SQL.storyById, { id });
  for (let hops = 0; row?.merged_into && hops < MAX_MERGE_CHAIN; hops++) {
    row = yield* first(SQL.storyById, { id: row.merged_into });
  }
  if (!row || row.merged_into) return null;
  return storyFromRows(row, yield* all(SQL.storyMembers, { id: row.id }));
}

/** The live story an id resolves to and its change counter, following merges. */
function* storyChangesSteps(id: string): Steps<{ id: string; changes: number } | null> {
  let live = id;
  for (let hops = 0; hops < MAX_MERGE_CHAIN; hops++) {
    const row = yield* first(SQL.storyChanges, { id: live });
    if (!row) return null;
    if (!row.merged_into) return { id: live, changes: Number(row.changes) };
    live = row.merged_into;
  }
  return null;
}

/** A page of live stories with their members, read in one query per chunk of stories. */
function* storiesSteps(filter: { since: string | null; limit: number }): Steps<Story[]> {
  const rows = yield* all(SQL.liveStories, filter);
  const byStory = new Map<string, MemberRow[]>(rows.map((row) => [row.id, []]));
  for (let i = 0; i < rows.length; i += ID_CHUNK) {
    const ids = rows.slice(i, i + ID_CHUNK).map((row) => row.id);
    for (const member of yield* all(SQL.membersOfStories, { ids }))
      byStory.get(member.story_id)!.push(member);
  }
  return rows.map((row) => storyFromRows(row, byStory.get(row.id)!));
}

/** Fails the jobs whose last lease ran out, then claims the oldest claimable job (one statement each). */
function* claimSteps(now: number, claim: SQL.ClaimParams): Steps<JobRow | undefined> {
  yield* exec(SQL.expireLeases, { now, error: 'lease expired on its last attempt' });
  return yield* first(SQL.claimNextJob, claim);
}
