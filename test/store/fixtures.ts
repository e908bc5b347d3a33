import { contentHash } from '../../src/ingest/article.js';
import type { Analysis, Article, Story, StoryMerge } from '../../src/model/index.js';
import type { ArticleRecord, Json } from '../../src/store/store.js';

/** What a test says about one article version; everything else gets a plain default. */
export interface RecordSpec {
  id: string;
  text: string;
  title?: string;
  outlet?: string | null;
  published?: string | null;
  storyId?: string | null;
  /** Story rows to upsert; by default the article's own story when it has one. */
  stories?: Story[];
  merges?: StoryMerge[];
  features?: Json;
  duplicateOf?: string | null;
  diff?: Json | null;
}

/** A story row as a caller hands it to the store (derived fields empty). */
export function storyRow(id: string, title = `Story ${id}`, keyEntities: string[] = []): Story {
  return { id, title, first: null, last: null, articleIds: [], outlets: [], keyEntities };
}

/** A record with a hand-built analysis whose findings carry real spans into the text. */
export function record(spec: RecordSpec): ArticleRecord {
  const title = spec.title ?? spec.text.split('\n', 1)[0]!;
  const article: Article = {
    id: spec.id,
    url: `https://news.example/${encodeURIComponent(spec.id)}`,
    title,
    outlet: spec.outlet === undefined ? 'The Daily Example' : spec.outlet,
    published: spec.published === undefined ? '2024-10-23T12:00:00.000Z' : spec.published,
    language: 'en',
    text: spec.text,
    sources: [],
  };
  const storyId = spec.storyId === undefined ? null : spec.storyId;
  return {
    article,
    analysis: analysisOf(article),
    contentHash: contentHash(spec.text),
    features: spec.features ?? { terms: title.toLowerCase().split(/\s+/), id: spec.id },
    duplicateOf: spec.duplicateOf ?? null,
    storyId,
    stories: spec.stories ?? (storyId ? [storyRow(storyId)] : []),
    merges: spec.merges ?? [],
    diff: spec.diff ?? null,
  };
}

/** An analysis with one finding of each kind, spans taken from the text's first word. */
function analysisOf(article: Article): Analysis {
  const word = /\S+/u.exec(article.text);
  const span = { start: word?.index ?? 0, end: (word?.index ?? 0) + (word?.[0].length ?? 0) };
  const text = article.text.slice(span.start, span.end);
  return {
    article,
    entities: [{ id: 'e1', name: text, type: 'ORG', aliases: [], roles: ['role'], mentions: [span] }],
    quotes: [{ id: 'q1', text, kind: 'partial', speaker: null, cue: null, span }],
    figures: [
      {
        id: 'f1',
        text,
        value: 2500,
        low: null,
        high: null,
        qualifier: 'approx',
        increment: false,
        unit: 'troops',
        subject: null,
        claimant: null,
        span,
      },
    ],
    claims: [{ id: 'c1', text, claimant: null, stance: 'confirms', span }],
    dates: [{ text, value: '2024-10-23', span }],
  };
}
