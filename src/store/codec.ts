import { InputError } from '../errors.js';
import type { Analysis, Article, Story, StoryMerge } from '../model/index.js';
import type { ArticleSummary, Job, JobStatus, Json, SearchHit, StoredArticle, VersionInfo } from './store.js';

/** An analysis without its article, as stored beside the article (the article is not stored twice). */
export type Findings = Omit<Analysis, 'article'>;

/** The stored form of an analysis: its findings as JSON text. */
export function encodeFindings(analysis: Analysis): string {
  const { article: _article, ...findings } = analysis;
  return JSON.stringify(findings);
}

/** A lone surrogate half: text columns store it as U+FFFD, so such a text is kept in JSON instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a text column gives `text` back exactly (no NUL, which PostgreSQL strips; no lone surrogate). */
export function columnKeepsText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * The stored JSON of an article version. The latest version's text lives once, in the articles row
 * that full-text search reads, so the JSON leaves it out when that column keeps it exactly; a
 * revision first writes the text into the version it supersedes (`withText`).
 */
export function encodeArticle(article: Article): string {
  if (!columnKeepsText(article.text)) return JSON.stringify(article);
  const { text: _text, ...rest } = article;
  return JSON.stringify(rest);
}

/** A version's stored article JSON with its text put in, or null when it already holds it. */
export function withText(articleJson: string, latestText: string): string | null {
  const article = JSON.parse(articleJson) as Partial<Article>;
  return article.text === undefined ? JSON.stringify({ ...article, text: latestText }) : null;
}

/** Rebuilds an article from its stored JSON; a JSON without text is the latest version's, whose text is given. */
export function decodeArticle(articleJson: string, latestText: string): Article {
  const article = JSON.parse(articleJson) as Article;
  return article.text === undefined ? { ...article, text: latestText } : article;
}

/** JSON text of an opaque value, or null for null/undefined. */
export function encodeJson(value: Json | null | undefined): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Parses stored JSON text; null stays null. */
export function decodeJson(text: string | null): Json | null {
  return text === null ? null : (JSON.parse(text) as Json);
}

/** A date as a sortable ISO string (UTC, milliseconds), or null when absent or unreadable. */
export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A page size or offset from user input: an integer within [0, max], else the default. */
export function clampCount(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(0, Math.floor(value)));
}

/** Most rows one list or search call returns. */
export const MAX_PAGE = 10_000;

/** A stored story row as both engines return it. */
export interface StoryRow {
  id: string;
  title: string;
  key_entities: string;
}

/** One member article of a story, in arrival order. */
export interface MemberRow {
  id: string;
  outlet: string | null;
  published: string | null;
}

/** A story with its article list, outlets and time span derived from its member articles. */
export function storyFromRows(row: StoryRow, members: readonly MemberRow[]): Story {
  const outlets = [...new Set(members.flatMap((m) => (m.outlet ? [m.outlet] : [])))];
  const dates = members.flatMap((m) => (m.published ? [m.published] : [])).sort();
  return {
    id: row.id,
    title: row.title,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    articleIds: members.map((m) => m.id),
    outlets,
    keyEntities: JSON.parse(row.key_entities) as string[],
  };
}

/** A stored job row; numbers may arrive as strings from PostgreSQL bigint columns. */
export interface JobRow {
  id: number | string;
  kind: string;
  payload: string;
  status: JobStatus;
  attempts: number | string;
  max_attempts: number | string;
  worker_id: string | null;
  result: string | null;
  error: string | null;
  created_at: number | string;
  updated_at: number | string;
}

/** The Job a row stores. */
export function jobFromRow(row: JobRow): Job {
  return {
    id: Number(row.id),
    kind: row.kind,
    payload: decodeJson(row.payload),
    status: row.status,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    workerId: row.worker_id,
    result: decodeJson(row.result),
    error: row.error,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    updatedAt: new Date(Number(row.updated_at)).toISOString(),
  };
}

/** A stored article-version row joined with its article's current state. */
export interface VersionRow {
  article_id: string;
  version: number | string;
  latest_version: number | string;
  content_hash: string;
  article: string;
  findings: string;
  /** The article's latest text (from the articles row). */
  latest_text: string;
  story_id: string | null;
  duplicate_of: string | null;
  ingested_at: string;
}

/** The StoredArticle a joined version row holds. */
export function storedArticleFromRow(row: VersionRow): StoredArticle {
  const article = decodeArticle(row.article, row.latest_text);
  return {
    article,
    analysis: { article, ...(JSON.parse(row.findings) as Findings) },
    version: Number(row.version),
    latestVersion: Number(row.latest_version),
    contentHash: row.content_hash,
    storyId: row.story_id,
    duplicateOf: row.duplicate_of,
    ingestedAt: row.ingested_at,
  };
}

/** A version-history row. */
export interface HistoryRow {
  version: number | string;
  content_hash: string;
  title: string;
  published: string | null;
  ingested_at: string;
  diff: string | null;
}

/** The VersionInfo a history row holds. */
export function versionFromRow(row: HistoryRow): VersionInfo {
  return {
    version: Number(row.version),
    contentHash: row.content_hash,
    title: row.title,
    published: row.published,
    ingestedAt: row.ingested_at,
    diff: decodeJson(row.diff),
  };
}

/** A listing row of the articles table. */
export interface SummaryRow {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  story_id: string | null;
  duplicate_of: string | null;
  latest_version: number | string;
  updated_at: string;
}

/** The ArticleSummary a listing row holds. */
export function summaryFromRow(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    storyId: row.story_id,
    duplicateOf: row.duplicate_of,
    version: Number(row.latest_version),
    ingestedAt: row.updated_at,
  };
}

/** A search row. */
export interface HitRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  story_id: string | null;
  snippet: string | null;
  score: number | string;
}

/** The SearchHit a search row holds, its snippet on one line. */
export function hitFromRow(row: HitRow): SearchHit {
  return {
    articleId: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    storyId: row.story_id,
    // One line: both engines' passages keep the text's newlines.
    snippet: (row.snippet ?? '').replace(/\s+/g, ' ').trim(),
    score: Number(row.score),
  };
}

/** Longest chain of merges `getStory` follows before giving up (a cycle would be a bug). */
export const MAX_MERGE_CHAIN = 1000;

/**
 * The merges of a save that change anything (a story merged into itself is no merge), with a
 * non-finite score stored as 0: SQLite would store NaN as NULL and refuse the row.
 */
export function effectiveMerges(merges: readonly StoryMerge[]): StoryMerge[] {
  return merges
    .filter((m) => m.into !== m.from)
    .map((m) => (Number.isFinite(m.score) ? m : { ...m, score: 0 }));
}

/** JSON text of a value that must not be SQL NULL: `undefined` (from a careless cast) is stored as null. */
export function jsonText(value: Json | undefined): string {
  return JSON.stringify(value ?? null);
}

/** A `since` filter as an ISO string, null when absent; an unreadable date is the caller's error. */
export function sinceFilter(since: string | undefined): string | null {
  if (since === undefined || since.trim() === '') return null;
  const iso = isoOrNull(since);
  if (iso === null)
    throw new InputError(`not a date: "${since}"`, 'Give an ISO date such as 2024-10-23.', since);
  return iso;
}

/** True when `version` asks for a version that could exist (absent means the latest). */
export function isVersionNumber(version: number | undefined): boolean {
  return version === undefined || (Number.isSafeInteger(version) && version > 0);
}

/** Story rows sorted by id, so concurrent saves lock rows in one order. */
export function sortedStories(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
