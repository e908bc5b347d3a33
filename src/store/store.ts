import type {
  Analysis,
  Article,
  EntityLink,
  EntityType,
  RegistryChange,
  RegistryEntity,
  Story,
  StoryMerge,
} from '../model/index.js';

/** Any value that survives `JSON.stringify` / `JSON.parse` unchanged. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What `saveArticle` did: a first sighting, a byte-identical re-ingest, or a changed article. */
export type SaveStatus = 'new' | 'unchanged' | 'revision';

/** Everything one ingested article version writes, in one transaction. */
export interface ArticleRecord {
  article: Article;
  /** The article's analysis; its `article` field is the same article and is not stored twice. */
  analysis: Analysis;
  /** `contentHash(article.text)`: the same hash twice is the same version, stored once. */
  contentHash: string;
  /** The clustering features of this version (opaque to the store), replayed by `clusterState()`. */
  features: Json;
  /** The id of the article this one is a near-duplicate of (a syndicated copy), or null. */
  duplicateOf: string | null;
  /** The story the article belongs to after this save, or null when not clustered. */
  storyId: string | null;
  /**
   * Story rows to insert or update (title, key entities). Their `articleIds`, `outlets`, `first` and
   * `last` are ignored: they are derived from the articles table when read.
   */
  stories: Story[];
  /** Merges decided by this save: each `from` story's articles move to `into`, and `from` is retired. */
  merges: StoryMerge[];
  /** For a revision, what changed since the previous version (opaque to the store); ignored otherwise. */
  diff: Json | null;
  /** The entity registry's update from linking this version, or absent when it was not linked. */
  registry?: RegistryUpdate;
}

/**
 * What linking one article changed in the entity registry, saved with the article all or nothing:
 * its links (replacing an earlier version's), the current state of every registry entity they or the
 * merges touched, and the merges.
 */
export interface RegistryUpdate {
  links: EntityLink[];
  entities: RegistryEntity[];
  changes: RegistryChange[];
}

/** A registry entity with where it is linked from. */
export interface StoredEntity {
  entity: RegistryEntity;
  links: EntityLink[];
  /** Merges it took part in, oldest first. */
  changes: RegistryChange[];
}

/** Filters of `listEntities`; the page is the most linked entities first. */
export interface ListEntitiesOptions {
  type?: EntityType;
  /** Only entities linked from articles of this story (a merged story id resolves to its absorber). */
  storyId?: string;
  limit?: number;
  offset?: number;
}

/** The result of `saveArticle`. `articleId` is the stored article's id (the earlier one for an unchanged copy). */
export interface SaveResult {
  status: SaveStatus;
  articleId: string;
  version: number;
}

/** One stored article version with what the store knows about it. */
export interface StoredArticle {
  article: Article;
  analysis: Analysis;
  version: number;
  /** The newest version number of this article. */
  latestVersion: number;
  contentHash: string;
  /** The article's current story and near-duplicate link (they follow the latest version). */
  storyId: string | null;
  duplicateOf: string | null;
  /** ISO time this version was stored. */
  ingestedAt: string;
}

/** One entry of an article's version history, oldest first. */
export interface VersionInfo {
  version: number;
  contentHash: string;
  title: string;
  published: string | null;
  ingestedAt: string;
  /** The revision diff stored with this version; null for the first version. */
  diff: Json | null;
}

/** One row of `listArticles`: the latest version, without its text or analysis. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  storyId: string | null;
  duplicateOf: string | null;
  version: number;
  ingestedAt: string;
}

/** Paging and filters of `listArticles`; newest published first. */
export interface ListArticlesOptions {
  /** Default 50. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  /** Only articles published at or after this ISO time. */
  since?: string;
  storyId?: string;
}

/** One search hit: the latest version of a matching article. */
export interface SearchHit {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  storyId: string | null;
  /** The matching passage(s) on one line, hits wrapped in `[` and `]`. */
  snippet: string;
  /** Relevance; higher is better (comparable within one result list only). */
  score: number;
}

/** Options of `search`. */
export interface SearchOptions {
  /** Default 20. */
  limit?: number;
}

/** Filters of `listStories`; largest first, then most recently updated. */
export interface ListStoriesOptions {
  /** Only stories with an article published at or after this ISO time. */
  since?: string;
  /** Default 50. */
  limit?: number;
}

/** One article's stored clustering state, as `clusterState()` replays it. */
export interface ClusterEntry {
  /** Arrival order: pass the last one seen to `clusterState` to read only what came after it. */
  seq: number;
  articleId: string;
  storyId: string | null;
  features: Json;
}

/** Row counts of the store. */
export interface StoreCounts {
  articles: number;
  versions: number;
  stories: number;
  merges: number;
  duplicates: number;
}

/** Where a job is: waiting, claimed by a worker, finished, or failed for good. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A unit of background work claimed by one worker at a time. */
export interface Job {
  id: number;
  kind: string;
  payload: Json;
  status: JobStatus;
  /** How many times the job has been claimed. */
  attempts: number;
  maxAttempts: number;
  workerId: string | null;
  result: Json | null;
  /** The last failure's message. */
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Options of `enqueueJob`. */
export interface EnqueueOptions {
  /** Claims allowed before the job is failed for good; default the store's `maxAttempts` (3). */
  maxAttempts?: number;
}

/** Counts of jobs per status. */
export type JobStats = Record<JobStatus, number>;

/**
 * The only state of Dossier. Two implementations (SQLite, PostgreSQL) pass one contract suite
 * (test/store/contract.ts). Methods are async because PostgreSQL is.
 */
export interface Store {
  /**
   * Stores one article version with its analysis, features, story rows and merges, all or nothing.
   * Known content is 'unchanged' and writes nothing (not even its story rows); a known article id
   * with new content is a 'revision'. `storyId` must name a stored story or one in `stories`, and
   * merged stories must exist, else the save throws and writes nothing. A story id (the article's or a
   * merge's `into`) that was merged away resolves to the story that absorbed it, so articles only ever
   * belong to live stories; a merge that would close a cycle is recorded but changes nothing.
   */
  saveArticle(record: ArticleRecord): Promise<SaveResult>;
  /** True when some stored version has this content hash. */
  hasContentHash(hash: string): Promise<boolean>;
  /** An article at `version` (latest by default), or null when there is none. */
  getArticle(id: string, version?: number): Promise<StoredArticle | null>;
  /** The version history of an article, oldest first; empty when unknown. */
  getVersions(id: string): Promise<VersionInfo[]>;
  /** Latest versions, newest published first. */
  listArticles(options?: ListArticlesOptions): Promise<ArticleSummary[]>;
  /** The latest analyses of the given articles, keyed by id; unknown ids are absent. */
  getAnalyses(articleIds: readonly string[]): Promise<Map<string, Analysis>>;
  /**
   * Full-text search over the latest titles and texts, best first. Any user text is safe: it is read
   * as phrases (a "quoted run", or each whitespace-separated chunk's words) that must all match;
   * operators, wildcards and punctuation mean nothing. Stemming is English on both engines.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Row counts. */
  count(): Promise<StoreCounts>;

  /** A story with its derived articles and outlets; a merged story resolves to the one that absorbed it. */
  getStory(id: string): Promise<Story | null>;
  /** Live (unmerged) stories, largest first, then newest. */
  listStories(options?: ListStoriesOptions): Promise<Story[]>;
  /**
   * Every article's story and features in arrival order, read in pages; with `after`, only the
   * articles that arrived after that `seq` (how a worker catches up with the others).
   */
  clusterState(after?: number): AsyncIterable<ClusterEntry>;
  /**
   * The live story `id` resolves to (following merges) and its change counter, which every save that
   * adds or revises one of its articles or merges a story into it increments; null when unknown. One
   * primary-key read: what a cached view of the story is checked against.
   */
  storyChanges(id: string): Promise<{ id: string; changes: number } | null>;
  /** The merges a story took part in (as absorber or absorbed), oldest first. */
  getMerges(storyId: string): Promise<StoryMerge[]>;

  /** Live registry entities, most linked first (then by id). */
  listEntities(options?: ListEntitiesOptions): Promise<RegistryEntity[]>;
  /** A registry entity with its links and merges; an id merged away resolves to its absorber; null when unknown. */
  getEntity(id: string): Promise<StoredEntity | null>;

  /** Queues a job; returns its id. */
  enqueueJob(kind: string, payload: Json, options?: EnqueueOptions): Promise<number>;
  /**
   * Claims the oldest queued job of one of `kinds` (any kind when empty) for `workerId`, or null.
   * A running job whose lease ran out is claimable again. Two claimers never get the same job.
   */
  claimJob(workerId: string, kinds: readonly string[]): Promise<Job | null>;
  /**
   * Marks the job done with its result if `workerId` still holds it: true when recorded, false when
   * its lease ran out and another worker claimed it (or it is no longer running). Unknown ids throw.
   */
  completeJob(id: number, workerId: string, result: Json): Promise<boolean>;
  /**
   * Records a failure by the job's holder: the job is queued again until it has used its attempts,
   * then failed. From a worker that no longer holds it, nothing changes. Returns the job's status.
   */
  failJob(id: number, workerId: string, error: string): Promise<JobStatus>;
  /**
   * The holder's heartbeat: extends the lease by `leaseMs` from now. False when `workerId` no longer
   * holds the job (its lease ran out and another worker claimed it); unknown ids throw.
   */
  renewLease(id: number, workerId: string): Promise<boolean>;
  /** How many jobs are in each status. */
  jobStats(): Promise<JobStats>;

  /**
   * Runs `work` while no other process runs `exclusive` work on this store (PostgreSQL: a session
   * advisory lock; SQLite: one process writes, so in-process order suffices). Workers place articles
   * in stories inside it, so two workers never place at once from stale indexes.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;

  /** Releases the connection(s); the store is unusable afterwards. */
  close(): Promise<void>;
}

/** Options shared by both stores; defaults in `STORE_DEFAULTS`. */
export interface StoreOptions {
  /** PostgreSQL schema holding the tables (created when missing). */
  schema: string;
  /** Claims a job gets before it fails for good. */
  maxAttempts: number;
  /**
   * How long a claimed job stays with its worker without a heartbeat (`renewLease`) before another
   * may claim it (ms). Short, so a dead worker's job moves on within a minute.
   */
  leaseMs: number;
  /** Rows per page of `clusterState()`. */
  pageSize: number;
  /** The clock (ms since the epoch). */
  now: () => number;
}

/** Defaults of `StoreOptions`. */
export const STORE_DEFAULTS: Readonly<StoreOptions> = Object.freeze({
  schema: 'public',
  maxAttempts: 3,
  leaseMs: 60 * 1000,
  pageSize: 1000,
  now: () => Date.now(),
});
