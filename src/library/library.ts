import { type Brief, type BriefOptions, writeBrief } from '../brief/index.js';
import { type Identity, inReportingOrder, nameIdentity } from '../compare/index.js';
import { NotFoundError } from '../errors.js';
import { toArticle } from '../ingest/index.js';
import {
  buildLedger,
  type Ledger,
  quotesBySpeaker,
  type Revision,
  type SpeakerQuotes,
} from '../ledger/index.js';
import type {
  Analysis,
  ArticleInput,
  EntityProfile,
  EntityType,
  RegistryEntity,
  Story,
  StoryMerge,
  VerifyReport,
} from '../model/index.js';
import type { AnalyzerResources } from '../nlp/index.js';
import { createLinker, type PlaceIndex, registryIdentity } from '../registry/index.js';
import { loadPlaces, loadResources } from '../resources.js';
import type { Store, StoredArticle } from '../store/index.js';
import { openStore } from '../store/index.js';
import {
  buildStoryView,
  createClusterer,
  createDuplicateIndex,
  type RevisionDiff,
  type StoryView,
} from '../stories/index.js';
import { analyzeInput, verifyAgainst } from './compute.js';
import { ArticleIndexes } from './indexes.js';
import {
  type IngestOutcome,
  placeAndSave,
  type ReadArticle,
  readArticle,
  storedState,
} from './ingest-steps.js';
import { entityIdOf, entityProfile, linkedArticles } from './profile.js';

export type { IngestOutcome, ReadArticle } from './ingest-steps.js';

/** Options of `Library.open`. */
export interface LibraryOptions {
  /** Link entities to the registry as articles arrive (default true; off only to measure its cost). */
  entities: boolean;
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
   * `read`, when given, is the article read elsewhere (a batch's worker thread), started before
   * this call so analysis overlaps the placing of earlier articles; unused when nothing is stored.
   */
  async ingest(input: ArticleInput, read?: Promise<ReadArticle>): Promise<IngestOutcome> {
    const article = toArticle(input);
    // A first look outside the exclusive section spares the analysis of what is stored already.
    const { unchanged } = await storedState(this.store, article);
    if (unchanged) {
      read?.catch(() => {});
      return unchanged;
    }
    const ready = read ? await read : readArticle(article, this.resources());
    return placeAndSave({ store: this.store, indexes: this.indexes }, ready);
  }

  /** Whether the store holds this input's text already (its ingest would store nothing). */
  async isStored(input: ArticleInput): Promise<boolean> {
    return (await storedState(this.store, toArticle(input))).unchanged !== null;
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
    // Gated by verify against the story as `dossier verify BRIEF --story ID` checks it (options.check: null to skip).
    const sources = await this.verifySources(storyId);
    const check = (markdown: string) => this.verify(markdown, sources);
    const brief = writeBrief(story, analyses, await this.ledgerOf(analyses), { check, ...options });
    return { brief, analyses };
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
