import type { Analysis, StoryMerge } from '../model/index.js';
import { type Linker, type LinkSource, linkSourceOf } from '../registry/index.js';
import type { RegistryUpdate, Store } from '../store/index.js';
import type { Clusterer, DuplicateIndex, Signature, StoryFeatures } from '../stories/index.js';

/** What the store keeps of each article for rebuilding the in-memory indexes (`ArticleRecord.features`). */
export interface StoredFeatures {
  story: StoryFeatures;
  signature: Signature;
  duplicateOf: string | null;
  /** What the entity linker read and the story it was linked in, replayed to rebuild the registry. */
  link?: { source: LinkSource; storyId: string | null };
}

/** Where a new article goes: its story, the merges placing it caused, and the article it is a copy of. */
export interface ArticlePlacement {
  storyId: string;
  merges: StoryMerge[];
  duplicateOf: string | null;
}

/**
 * The in-memory story, near-duplicate and entity indexes of a library, rebuilt from the store's
 * cluster state and kept up to date with what any process stores.
 */
export class ArticleIndexes {
  /** The last arrival these indexes have seen; other workers' articles come after it. */
  #seen = 0;

  constructor(
    private readonly clusterer: Clusterer,
    private readonly duplicates: DuplicateIndex,
    /** The entity linker; null only where its cost is being measured (`LibraryOptions.entities`). */
    readonly linker: Linker | null,
  ) {}

  /** Replays every article stored since the last one these indexes saw (by any process). */
  async catchUp(store: Store): Promise<void> {
    for await (const entry of store.clusterState(this.#seen)) {
      this.#seen = entry.seq;
      const features = entry.features as unknown as StoredFeatures | null;
      // Linking is deterministic: the same sources in the same order rebuild the same registry.
      if (this.linker && features?.link && !this.linker.has(entry.articleId))
        this.linker.add(features.link.source, { storyId: features.link.storyId });
      if (!features?.story || this.clusterer.storyOf(entry.articleId)) continue;
      if (entry.storyId) this.clusterer.restore(entry.articleId, features.story, entry.storyId);
      this.duplicates.add(entry.articleId, features.signature ?? [], features.duplicateOf ?? null);
    }
  }

  /**
   * Links the article's entities to the registry (a revision's links replace its earlier version's):
   * what to store, and what the store keeps to replay it.
   */
  link(
    analysis: Analysis,
    storyId: string | null,
  ): { update?: RegistryUpdate; replay?: StoredFeatures['link']; warnings: string[] } {
    const linker = this.linker;
    if (!linker) return { warnings: [] };
    const source = linkSourceOf(analysis);
    const { links, changes, warnings } = linker.add(source, { storyId });
    const touched = new Set([
      ...links.map((l) => l.registryId),
      ...changes.map((c) => linker.entity(c.into)!.id),
    ]);
    const entities = [...touched].map((id) => linker.entity(id)!);
    return { update: { links, entities, changes }, replay: { source, storyId }, warnings };
  }

  /**
   * Places a new article and records it: a near-copy of a stored article (a syndicated wire story)
   * joins its original's story; any other article goes where the clusterer puts it.
   */
  place(articleId: string, story: StoryFeatures, signature: Signature): ArticlePlacement {
    const duplicateOf = this.duplicates.findOriginal(signature)?.originalId ?? null;
    const originalStory = duplicateOf ? this.clusterer.storyOf(duplicateOf) : null;
    this.duplicates.add(articleId, signature, duplicateOf);
    if (originalStory) {
      this.clusterer.restore(articleId, story, originalStory);
      return { storyId: originalStory, merges: [], duplicateOf };
    }
    const { storyId, merges } = this.clusterer.add(articleId, story);
    return { storyId, merges, duplicateOf };
  }
}
