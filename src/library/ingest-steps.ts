import { contentHash } from '../ingest/index.js';
import type { Analysis, Article, Story } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import type { Json, RegistryUpdate, SaveStatus, Store, StoredArticle } from '../store/index.js';
import {
  diffRevision,
  minhash,
  type Signature,
  type StoryFeatures,
  storyFeatures,
  summarizeStory,
} from '../stories/index.js';
import type { ArticleIndexes, ArticlePlacement, StoredFeatures } from './indexes.js';

/** What ingesting one input did. */
export interface IngestOutcome {
  status: SaveStatus;
  articleId: string;
  version: number;
  title: string;
  storyId: string | null;
  duplicateOf: string | null;
  /** What the entity registry refused or would not match (a merge past its cap, a look-alike letter). */
  warnings?: string[];
}

/**
 * An article read for storing: its analysis and the features the indexes place it by. Pure and
 * independent of the store, so a batch computes it on worker threads while placement stays serial.
 */
export interface ReadArticle {
  article: Article;
  analysis: Analysis;
  story: StoryFeatures;
  signature: Signature;
}

/** The store and the in-memory indexes an ingest places and saves through. */
export interface IngestContext {
  store: Store;
  indexes: ArticleIndexes;
}

/** Articles read back to describe a story (title, key entities) after it changes; bounds that cost. */
const SUMMARY_ARTICLES = 25;

/** Analyses an article and computes what the indexes place it by (the CPU-heavy step of ingest). */
export function readArticle(article: Article, resources: AnalyzerResources): ReadArticle {
  const analysis = analyze(article, resources);
  const story = storyFeatures(analysis, resources.lexicon.stopwords);
  return { article, analysis, story, signature: minhash(article.text) };
}

/** What the store holds of an article: its latest version, and the outcome when this text is stored already. */
export async function storedState(
  store: Store,
  article: Article,
): Promise<{ hash: string; existing: StoredArticle | null; unchanged: IngestOutcome | null }> {
  const hash = contentHash(article.text);
  const existing = await store.getArticle(article.id);
  if (existing?.contentHash === hash || (!existing && (await store.hasContentHash(hash)))) {
    const unchanged: IngestOutcome = {
      status: 'unchanged',
      articleId: existing?.article.id ?? article.id,
      version: existing?.version ?? 0,
      title: article.title,
      storyId: existing?.storyId ?? null,
      duplicateOf: existing?.duplicateOf ?? null,
    };
    return { hash, existing, unchanged };
  }
  return { hash, existing, unchanged: null };
}

/**
 * Places a read article and saves it. Placing, linking and saving are exclusive across workers,
 * after catching up with what they stored, so no two workers place or link articles from indexes
 * that miss each other's; what the store holds of the article is read again inside, so two workers
 * (or two lanes of one) given the same article never both place it.
 */
export function placeAndSave(ctx: IngestContext, read: ReadArticle): Promise<IngestOutcome> {
  return ctx.store.exclusive(async () => {
    await ctx.indexes.catchUp(ctx.store);
    const { hash, existing, unchanged } = await storedState(ctx.store, read.article);
    if (unchanged) return unchanged;
    if (existing) return saveRevision(ctx, read, hash, existing);
    return saveNew(ctx, read, hash, ctx.indexes.place(read.article.id, read.story, read.signature));
  });
}

/** Stores a new version of a stored article; it keeps its story and its near-duplicate link. */
async function saveRevision(
  ctx: IngestContext,
  read: ReadArticle,
  hash: string,
  existing: StoredArticle,
): Promise<IngestOutcome> {
  const { storyId, duplicateOf } = existing;
  const { warnings, ...record } = recordOf(ctx.indexes, read, hash, duplicateOf, storyId);
  const saved = await ctx.store.saveArticle({
    ...record,
    storyId,
    stories: [],
    merges: [],
    diff: diffRevision(existing.analysis, read.analysis) as unknown as Json,
  });
  return { ...saved, title: read.article.title, storyId, duplicateOf, warnings };
}

/** Stores a new article where the indexes placed it, with its story's refreshed row and any merges. */
async function saveNew(
  ctx: IngestContext,
  read: ReadArticle,
  hash: string,
  placement: ArticlePlacement,
): Promise<IngestOutcome> {
  const { storyId, merges, duplicateOf } = placement;
  const { warnings, ...record } = recordOf(ctx.indexes, read, hash, duplicateOf, storyId);
  const saved = await ctx.store.saveArticle({
    ...record,
    storyId,
    stories: await describeStory(ctx.store, storyId, read.analysis),
    merges,
    diff: null,
  });
  return { ...saved, title: read.article.title, storyId, duplicateOf, warnings };
}

/** The parts of a save record every version has, its entities linked in `storyId`. */
function recordOf(
  indexes: ArticleIndexes,
  read: ReadArticle,
  hash: string,
  duplicateOf: string | null,
  storyId: string | null,
) {
  const { update, replay, warnings } = indexes.link(read.analysis, storyId);
  const features: StoredFeatures = {
    story: read.story,
    signature: read.signature,
    duplicateOf,
    link: replay,
  };
  const { article, analysis } = read;
  const registry: RegistryUpdate | undefined = update;
  return {
    article,
    analysis,
    contentHash: hash,
    features: features as unknown as Json,
    duplicateOf,
    registry,
    warnings,
  };
}

/** The story's row after `added` joined it, summarised from its articles while the story is small. */
async function describeStory(store: Store, storyId: string, added: Analysis): Promise<Story[]> {
  // Reads at most SUMMARY_ARTICLES rows through the story index: a 50,000-article story costs
  // what a small one does. A story past that size keeps the row it had.
  const members = await store.listArticles({ storyId, limit: SUMMARY_ARTICLES });
  if (members.length >= SUMMARY_ARTICLES) return [];
  const analyses = [...(await store.getAnalyses(members.map((m) => m.id))).values(), added];
  return [summarizeStory(storyId, analyses)];
}
