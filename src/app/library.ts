import { type Brief, type BriefOptions, writeBrief } from '../brief/index.js';
import { NotFoundError } from '../errors.js';
import { contentHash, toArticle } from '../ingest/article.js';
import { buildLedger, type Ledger, type Revision, type SpeakerQuotes } from '../ledger/index.js';
import { quotesBySpeaker } from '../ledger/quotes.js';
import type { Analysis, ArticleInput, Entity, Story, VerifyReport } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/pipeline.js';
import { loadResources } from '../resources.js';
import { openStore } from '../store/open.js';
import type { Json, SaveStatus, Store } from '../store/store.js';
import { type Clusterer, createClusterer } from '../stories/cluster.js';
import { type StoryFeatures, storyFeatures } from '../stories/features.js';
import { verifyDraft } from '../verify/index.js';

/** What ingesting one input did. */
export interface IngestOutcome {
  status: SaveStatus;
  articleId: string;
  version: number;
  title: string;
  storyId: string | null;
  duplicateOf: string | null;
}

/** The per-article state the store keeps for rebuilding the in-memory indexes at start. */
interface StoredFeatures {
  story: StoryFeatures;
}

/**
 * Dossier's library: one store plus the in-memory story index rebuilt from it. The CLI, the server
 * and the workers call these methods; no logic lives in a surface.
 */
export class Library {
  private constructor(
    readonly store: Store,
    private readonly clusterer: Clusterer,
    private readonly resources: () => AnalyzerResources,
  ) {}

  /** Opens the store at `location` (SQLite path or postgres:// URL) and rebuilds the story index. */
  static async open(location: string): Promise<Library> {
    const store = await openStore(location);
    const clusterer = createClusterer();
    for await (const entry of store.clusterState()) {
      const features = entry.features as unknown as StoredFeatures | null;
      if (entry.storyId && features?.story) clusterer.restore(entry.articleId, features.story, entry.storyId);
    }
    let resources: AnalyzerResources | null = null;
    return new Library(store, clusterer, () => {
      resources ??= loadResources();
      return resources;
    });
  }

  /** The story and the latest analyses of its articles (in publish order); NotFoundError when unknown. */
  async storyWithAnalyses(id: string): Promise<{ story: Story; analyses: Analysis[] }> {
    const story = await this.store.getStory(id);
    if (!story) {
      throw new NotFoundError(
        'no such story',
        'list the stories with `dossier stories` and use one of their ids',
        id,
      );
    }
    const byId = await this.store.getAnalyses(story.articleIds);
    const analyses = [...byId.values()].sort(
      (a, b) =>
        (a.article.published ?? '').localeCompare(b.article.published ?? '') ||
        a.article.id.localeCompare(b.article.id),
    );
    return { story, analyses };
  }

  /** Each revised article of the story, from its previous version to its latest. */
  async revisionsOf(analyses: Analysis[]): Promise<Revision[]> {
    const revisions: Revision[] = [];
    for (const after of analyses) {
      const latest = await this.store.getArticle(after.article.id);
      if (!latest || latest.latestVersion < 2) continue;
      const before = await this.store.getArticle(after.article.id, latest.latestVersion - 1);
      if (before) revisions.push({ before: before.analysis, after });
    }
    return revisions;
  }

  /** The ledger of a story: its figures reconciled, its claims matrix, its quotes by speaker. */
  async ledger(storyId: string): Promise<Ledger> {
    return this.ledgerOf((await this.storyWithAnalyses(storyId)).analyses);
  }

  /** The ledger of some analysed articles, with the revisions the store knows of them. */
  async ledgerOf(analyses: Analysis[]): Promise<Ledger> {
    return buildLedger(analyses, { revisions: await this.revisionsOf(analyses) });
  }

  /** The cited brief of a story; extractive and deterministic. */
  async brief(
    storyId: string,
    options: Partial<BriefOptions> = {},
  ): Promise<{ brief: Brief; analyses: Analysis[] }> {
    const { story, analyses } = await this.storyWithAnalyses(storyId);
    return { brief: writeBrief(story, analyses, await this.ledgerOf(analyses), options), analyses };
  }

  /**
   * Quotes by speaker, the same quote across outlets grouped: of one story, or of the newest
   * `limit` articles; `speaker` keeps the speakers whose name contains it (case-insensitive).
   */
  async quotes(
    filter: { storyId?: string; speaker?: string; limit?: number } = {},
  ): Promise<SpeakerQuotes[]> {
    const analyses = filter.storyId
      ? (await this.storyWithAnalyses(filter.storyId)).analyses
      : [
          ...(
            await this.store.getAnalyses(
              (await this.store.listArticles({ limit: filter.limit ?? 1000 })).map((a) => a.id),
            )
          ).values(),
        ];
    const needle = filter.speaker?.toLowerCase();
    return quotesBySpeaker(analyses).filter((s) => !needle || s.speaker.toLowerCase().includes(needle));
  }

  /** Trained resources, loaded on first use. */
  analyzerResources(): AnalyzerResources {
    return this.resources();
  }

  /** Checks a draft against source analyses. */
  verify(draft: string, sources: Analysis[]): VerifyReport {
    return verifyDraft(draft, sources, this.resources());
  }

  /** Analyses an input without storing it. */
  analyze(input: ArticleInput): Analysis {
    return analyze(toArticle(input), this.resources());
  }

  /**
   * Ingests one article: an exact re-ingest stores nothing; a changed article under a known URL is
   * stored as a new version in its story; a new article is analysed and placed in a story.
   */
  async ingest(input: ArticleInput): Promise<IngestOutcome> {
    const article = toArticle(input);
    const hash = contentHash(article.text);
    const existing = await this.store.getArticle(article.id);
    if (existing?.contentHash === hash || (!existing && (await this.store.hasContentHash(hash)))) {
      return this.outcome(
        'unchanged',
        existing?.article.id ?? article.id,
        existing?.version ?? 0,
        article.title,
        existing,
      );
    }
    const analysis = analyze(article, this.resources());
    const features: StoredFeatures = { story: storyFeatures(analysis) };
    if (existing) {
      const result = await this.store.saveArticle({
        article,
        analysis,
        contentHash: hash,
        features: features as unknown as Json,
        duplicateOf: existing.duplicateOf,
        storyId: existing.storyId,
        stories: [],
        merges: [],
        diff: null,
      });
      return this.outcome(result.status, result.articleId, result.version, article.title, existing);
    }
    const placement = this.clusterer.add(article.id, features.story);
    const result = await this.store.saveArticle({
      article,
      analysis,
      contentHash: hash,
      features: features as unknown as Json,
      duplicateOf: null,
      storyId: placement.storyId,
      stories: [storyRow(placement.storyId, analysis)],
      merges: placement.merges,
      diff: null,
    });
    return {
      status: result.status,
      articleId: result.articleId,
      version: result.version,
      title: article.title,
      storyId: placement.storyId,
      duplicateOf: null,
    };
  }

  /** Releases the store. */
  async close(): Promise<void> {
    await this.store.close();
  }

  private outcome(
    status: SaveStatus,
    articleId: string,
    version: number,
    title: string,
    existing: { storyId: string | null; duplicateOf: string | null } | null,
  ): IngestOutcome {
    return {
      status,
      articleId,
      version,
      title,
      storyId: existing?.storyId ?? null,
      duplicateOf: existing?.duplicateOf ?? null,
    };
  }
}

/** The row of a story as its first article describes it; later articles are read when the story is shown. */
function storyRow(id: string, analysis: Analysis): Story {
  return {
    id,
    title: analysis.article.title,
    first: analysis.article.published,
    last: analysis.article.published,
    articleIds: [],
    outlets: [],
    keyEntities: topEntities(analysis.entities, 8),
  };
}

function topEntities(entities: Entity[], n: number): string[] {
  return [...entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((e) => e.name);
}
