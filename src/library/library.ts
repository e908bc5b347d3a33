import { type Brief, type BriefOptions, writeBrief } from '../brief/index.js';
import { type Identity, inReportingOrder, nameIdentity } from '../compare/index.js';
import { NotFoundError } from '../errors.js';
import { contentHash, toArticle } from '../ingest/index.js';
import {
  buildLedger,
  type Ledger,
  quotesBySpeaker,
  type Revision,
  type SpeakerQuotes,
} from '../ledger/index.js';
import type {
  Analysis,
  Article,
  ArticleInput,
  EntityProfile,
  EntityType,
  RegistryEntity,
  Story,
  StoryMerge,
  VerifyReport,
} from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import { createLinker, type PlaceIndex, registryIdentity } from '../registry/index.js';
import { loadPlaces, loadResources } from '../resources.js';
import type { Json, RegistryUpdate, SaveStatus, Store, StoredArticle } from '../store/index.js';
import { openStore } from '../store/index.js';
import {
  buildStoryView,
  createClusterer,
  createDuplicateIndex,
  diffRevision,
  minhash,
  type RevisionDiff,
  type Signature,
  type StoryFeatures,
  type StoryView,
  storyFeatures,
  summarizeStory,
} from '../stories/index.js';
import { analyzeInput, verifyAgainst } from './compute.js';
import { ArticleIndexes, type ArticlePlacement, type StoredFeatures } from './indexes.js';
import { entityIdOf, entityProfile, linkedArticles } from './profile.js';

/** Options of `Library.open`. */
export interface LibraryOptions {
  /** Link entities to the registry as articles arrive (default true; off only to measure its cost). */
  entities: boolean;
}

/** What ingesting one input did. */
export interface IngestOutcome {
  status: SaveStatus;
  articleId: string;
  version: number;
  title: string;
  storyId: string | null;
  duplicateOf: string | null;
}

/** What one revised article of a story changed, in words (`Library.revisionNotes`). */
export interface RevisionNote {
  articleId: string;
  title: string;
  version: number;
  changes: string[];
}

/** Rows read to find a story's syndicated copies (the store's page limit). */
const MAX_STORY_ROWS = 10_000;
/** Articles of one entity read for its quotes, figures and claims: a bound, so a country's profile stays cheap. */
const PROFILE_ARTICLES = 200;
/** Articles read back to describe a story (title, key entities) after it changes; bounds that cost. */
const SUMMARY_ARTICLES = 25;

/**
 * Dossier's library: one store plus the in-memory story and near-duplicate indexes rebuilt from it.
 * The CLI, the server and the workers call these methods; no logic lives in a surface.
 */
/** An article read for storing: its analysis and the features the indexes place it by. */
interface ReadArticle {
  article: Article;
  analysis: Analysis;
  story: StoryFeatures;
  signature: Signature;
}

/**
 * Dossier's library: one store plus the in-memory story and near-duplicate indexes rebuilt from it.
 * The CLI, the server and the workers call these methods; no logic lives in a surface.
 */
export class Library {
  private constructor(
    readonly store: Store,
    private readonly indexes: ArticleIndexes,
    private readonly resources: () => AnalyzerResources,
    private readonly places: PlaceIndex,
  ) {}

  /** Opens the store at `location` (SQLite path or postgres:// URL) and rebuilds the indexes from it. */
  static async open(location: string, options: Partial<LibraryOptions> = {}): Promise<Library> {
    const store = await openStore(location);
    let resources: AnalyzerResources | null = null;
    // The clock belongs to the adapter: a publish date far in the future is not trusted for time.
    const clusterer = createClusterer({ now: () => new Date().toISOString() });
    const places = loadPlaces();
    const indexes = new ArticleIndexes(
      clusterer,
      createDuplicateIndex(),
      options.entities === false ? null : createLinker({ places }),
    );
    const library = new Library(
      store,
      indexes,
      () => {
        resources ??= loadResources();
        return resources;
      },
      places,
    );
    await indexes.catchUp(store);
    return library;
  }

  /**
   * Ingests one article: an exact re-ingest stores nothing; a changed article under a known URL is
   * stored as a new version with what changed; a near-copy of a stored article (a syndicated wire
   * story) is linked to its original and joins its story; any other article is placed in a story.
   */
  async ingest(input: ArticleInput): Promise<IngestOutcome> {
    const article = toArticle(input);
    const hash = contentHash(article.text);
    const existing = await this.store.getArticle(article.id);
    if (existing?.contentHash === hash || (!existing && (await this.store.hasContentHash(hash)))) {
      return {
        status: 'unchanged',
        articleId: existing?.article.id ?? article.id,
        version: existing?.version ?? 0,
        title: article.title,
        storyId: existing?.storyId ?? null,
        duplicateOf: existing?.duplicateOf ?? null,
      };
    }
    const read = this.read(article);
    // Placing, linking and saving are exclusive across workers, after catching up with what they
    // stored, so no two workers place or link articles from indexes that miss each other's.
    return this.store.exclusive(async () => {
      await this.indexes.catchUp(this.store);
      if (existing) return this.saveRevision(read, hash, existing);
      return this.saveNew(read, hash, this.indexes.place(article.id, read.story, read.signature));
    });
  }

  /** Analyses an article and computes what the indexes place it by. */
  private read(article: Article): ReadArticle {
    const resources = this.resources();
    const analysis = analyze(article, resources);
    const story = storyFeatures(analysis, resources.lexicon.stopwords);
    return { article, analysis, story, signature: minhash(article.text) };
  }

  /** Stores a new version of a stored article; it keeps its story and its near-duplicate link. */
  private async saveRevision(
    read: ReadArticle,
    hash: string,
    existing: StoredArticle,
  ): Promise<IngestOutcome> {
    const { storyId, duplicateOf } = existing;
    const saved = await this.store.saveArticle({
      ...this.recordOf(read, hash, duplicateOf, storyId),
      storyId,
      stories: [],
      merges: [],
      diff: diffRevision(existing.analysis, read.analysis) as unknown as Json,
    });
    return { ...saved, title: read.article.title, storyId, duplicateOf };
  }

  /** Stores a new article where the indexes placed it, with its story's refreshed row and any merges. */
  private async saveNew(
    read: ReadArticle,
    hash: string,
    placement: ArticlePlacement,
  ): Promise<IngestOutcome> {
    const { storyId, merges, duplicateOf } = placement;
    const saved = await this.store.saveArticle({
      ...this.recordOf(read, hash, duplicateOf, storyId),
      storyId,
      stories: await this.describeStory(storyId, read.analysis),
      merges,
      diff: null,
    });
    return { ...saved, title: read.article.title, storyId, duplicateOf };
  }

  /** The parts of a save record every version has, its entities linked in `storyId`. */
  private recordOf(read: ReadArticle, hash: string, duplicateOf: string | null, storyId: string | null) {
    const { update, replay } = this.indexes.link(read.analysis, storyId);
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
    };
  }

  /** The story's row after `added` joined it, summarised from its articles while the story is small. */
  private async describeStory(storyId: string, added: Analysis): Promise<Story[]> {
    // Reads at most SUMMARY_ARTICLES rows through the story index: a 50,000-article story costs
    // what a small one does. A story past that size keeps the row it had.
    const members = await this.store.listArticles({ storyId, limit: SUMMARY_ARTICLES });
    if (members.length >= SUMMARY_ARTICLES) return [];
    const analyses = [...(await this.store.getAnalyses(members.map((m) => m.id))).values(), added];
    return [summarizeStory(storyId, analyses)];
  }

  /** The latest version of an article; NotFoundError when unknown. */
  async article(id: string): Promise<StoredArticle> {
    const stored = await this.store.getArticle(id);
    if (!stored) {
      throw new NotFoundError(
        'no such article',
        'list the articles with `dossier articles` or GET /api/articles',
        id,
      );
    }
    return stored;
  }

  /** The story and the latest analyses of its articles in reporting order; NotFoundError when unknown. */
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
    const analyses = inReportingOrder([...byId.values()]);
    return { story, analyses };
  }

  /**
   * The story's independent reports: a syndicated copy is left out when its original is in the
   * story, so a wire story carried by five outlets counts once in the ledger and the brief.
   */
  async sourcesOf(storyId: string): Promise<{ story: Story; analyses: Analysis[] }> {
    const { story, analyses } = await this.storyWithAnalyses(storyId);
    const members = new Set(story.articleIds);
    const rows = await this.store.listArticles({ storyId: story.id, limit: MAX_STORY_ROWS });
    const copies = new Set(rows.filter((r) => r.duplicateOf && members.has(r.duplicateOf)).map((r) => r.id));
    return { story, analyses: analyses.filter((a) => !copies.has(a.article.id)) };
  }

  /**
   * A story as `dossier story --json` and GET /api/stories/:id show it: its articles, key entities and
   * timeline, the merges it took part in, and what its revised articles changed.
   */
  async storyView(id: string): Promise<StoryView & { merges: StoryMerge[]; revisions: RevisionNote[] }> {
    const { story, analyses } = await this.storyWithAnalyses(id);
    const view = buildStoryView(story, analyses);
    return {
      ...view,
      merges: await this.store.getMerges(story.id),
      revisions: await this.revisionNotes(story.id),
    };
  }

  /** What each revised article of the story changed, version by version (from the stored diffs). */
  async revisionNotes(storyId: string): Promise<RevisionNote[]> {
    const { story } = await this.storyWithAnalyses(storyId);
    const notes: RevisionNote[] = [];
    for (const id of story.articleIds) {
      for (const v of await this.store.getVersions(id)) {
        const diff = v.diff as unknown as RevisionDiff | null;
        if (!diff) continue;
        const changes = [...diff.figures, ...diff.quotes, ...diff.claims].map(
          (c) => `${c.change}: ${c.note}`,
        );
        notes.push({ articleId: id, title: v.title, version: v.version, changes });
      }
    }
    return notes;
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

  /**
   * What a draft about a story is checked against: every article of the story, and the previous
   * version of each revised one (a brief reports a figure "changed from" the earlier version's).
   */
  async verifySources(storyId: string): Promise<Analysis[]> {
    const { analyses } = await this.storyWithAnalyses(storyId);
    const earlier = (await this.revisionsOf(analyses)).map((r) => r.before);
    return [...analyses, ...earlier];
  }

  /** The ledger of a story: its figures reconciled, its claims matrix, its quotes by speaker. */
  async ledger(storyId: string): Promise<Ledger> {
    return this.ledgerOf((await this.sourcesOf(storyId)).analyses);
  }

  /** The ledger of some analysed articles, with the revisions the store knows of them. */
  async ledgerOf(analyses: Analysis[]): Promise<Ledger> {
    return buildLedger(analyses, { revisions: await this.revisionsOf(analyses), identity: this.identity() });
  }

  /** "Same person, same claimant" by registry identity (by name when entity linking is off). */
  private identity(): Identity {
    return this.indexes.linker ? registryIdentity(this.indexes.linker) : nameIdentity();
  }

  /** The cited brief of a story; extractive and deterministic. */
  async brief(
    storyId: string,
    options: Partial<BriefOptions> = {},
  ): Promise<{ brief: Brief; analyses: Analysis[] }> {
    const { story, analyses } = await this.sourcesOf(storyId);
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
      ? (await this.sourcesOf(filter.storyId)).analyses
      : [
          ...(
            await this.store.getAnalyses(
              (await this.store.listArticles({ limit: filter.limit ?? 1000 })).map((a) => a.id),
            )
          ).values(),
        ];
    const linker = this.indexes.linker;
    const wanted =
      filter.speaker && linker ? linker.lookup(filter.speaker, { storyId: filter.storyId }) : null;
    if (wanted && linker) {
      // The speaker as the registry knows them: "Austin" finds Lloyd J. Austin III's quotes, not Tracy Austin's.
      const theirs = analyses.map((a) => ({
        ...a,
        quotes: a.quotes.filter(
          (q) =>
            q.speaker &&
            ((q.speaker.entityId ? linker.registryIdOf(a.article.id, q.speaker.entityId) : null) ??
              linker.lookup(q.speaker.name)) === wanted,
        ),
      }));
      return quotesBySpeaker(theirs, this.identity());
    }
    const needle = filter.speaker?.toLowerCase();
    return quotesBySpeaker(analyses, this.identity()).filter(
      (s) => !needle || s.speaker.toLowerCase().includes(needle),
    );
  }

  /** Registry entities, most linked first; `storyId` keeps those of one story. */
  async entities(
    filter: { type?: EntityType; storyId?: string; limit?: number; offset?: number } = {},
  ): Promise<RegistryEntity[]> {
    if (filter.storyId && !(await this.store.getStory(filter.storyId))) {
      throw new NotFoundError(
        'no such story',
        'list the stories with `dossier stories` and use one of their ids',
        filter.storyId,
      );
    }
    return this.store.listEntities(filter);
  }

  /**
   * One entity by registry id or by name ("U.S.", "Lloyd Austin", "American officials"): who it is,
   * its aliases, roles and stories, and the quotes, figures and claims of up to 200 of its articles.
   * NotFoundError when nothing matches; a name several entities share goes to the most linked.
   */
  async entity(nameOrId: string): Promise<EntityProfile> {
    const id = entityIdOf(this.indexes.linker, nameOrId);
    const stored = id ? await this.store.getEntity(id) : null;
    if (!stored) {
      throw new NotFoundError(
        'no entity of that name or id',
        'list entities with `dossier entities` (or `--type PERSON|ORG|LOC|MISC`) and use a name or id shown there',
        nameOrId,
      );
    }
    const byArticle = linkedArticles(stored);
    const analyses = inReportingOrder([
      ...(await this.store.getAnalyses([...byArticle.keys()].slice(-PROFILE_ARTICLES))).values(),
    ]).reverse();
    return entityProfile(stored, byArticle, analyses);
  }

  /** Trained resources, loaded on first use. */
  analyzerResources(): AnalyzerResources {
    return this.resources();
  }

  /** Checks a draft against source analyses; see `verifyAgainst`. */
  verify(draft: string, sources: Analysis[]): VerifyReport {
    return verifyAgainst(draft, sources, this.resources(), this.places);
  }

  /** Analyses an input without storing it. */
  analyze(input: ArticleInput): Analysis {
    return analyzeInput(input, this.resources());
  }

  /** Releases the store. */
  async close(): Promise<void> {
    await this.store.close();
  }
}

/** Opens the library at `location` (a SQLite path or a postgres:// URL); see `Library.open`. */
export function openLibrary(location: string): Promise<Library> {
  return Library.open(location);
}
