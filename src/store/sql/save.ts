import {
  effectiveMerges,
  encodeArticle,
  encodeFindings,
  encodeJson,
  isoOrNull,
  jsonText,
  MAX_MERGE_CHAIN,
  sortedStories,
  withText,
} from '../codec.js';
import type { ArticleRecord, SaveResult } from '../store.js';
import { saveRegistrySteps } from './registry.js';
import * as SQL from './statements.js';
import { exec, first, type Steps } from './steps.js';

/**
 * The steps of `Store.saveArticle`, written once for both engines and run inside one write
 * transaction: (1) known content stops here; (2) story rows are upserted; (3) the version number
 * follows the stored one; (4) the story id resolves through merges; (5) a revision first freezes the
 * superseded version's text; (6) the article row is written and its story's change counter bumped;
 * (7) the version row; (8) each merge is recorded and (9) its articles move to the live story, whose
 * counter is bumped; (10) the entity registry's update is saved.
 */
export function* saveSteps(record: ArticleRecord, now: string): Steps<SaveResult> {
  const { article } = record;
  const same = yield* first(SQL.versionByHash, { hash: record.contentHash });
  if (same) return { status: 'unchanged', articleId: same.article_id, version: Number(same.version) };

  for (const story of sortedStories(record.stories)) {
    yield* exec(SQL.upsertStory, {
      id: story.id,
      title: story.title,
      keyEntities: JSON.stringify(story.keyEntities ?? []),
      now,
    });
  }
  const current = yield* first(SQL.latestVersionOf, { id: article.id });
  const previous = current ? Number(current.latest_version) : 0;
  const version = previous + 1;
  const row = {
    id: article.id,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    published: isoOrNull(article.published),
    text: article.text,
    storyId: record.storyId === null ? null : yield* liveStory(record.storyId),
    duplicateOf: record.duplicateOf,
    version,
    features: jsonText(record.features),
    now,
  };
  if (current) {
    yield* freezeText(article.id, previous);
    yield* exec(SQL.updateArticle, row);
  } else {
    yield* exec(SQL.insertArticle, row);
  }
  if (row.storyId !== null) yield* exec(SQL.touchStory, { id: row.storyId, now });
  yield* exec(SQL.insertVersion, {
    articleId: article.id,
    version,
    hash: record.contentHash,
    title: article.title,
    published: row.published,
    article: encodeArticle(article),
    findings: encodeFindings(record.analysis),
    diff: current ? encodeJson(record.diff) : null,
    now,
  });
  for (const merge of effectiveMerges(record.merges)) {
    yield* exec(SQL.insertMerge, { into: merge.into, from: merge.from, score: merge.score, at: merge.at });
    const into = yield* liveStory(merge.into);
    // A merge that would close a cycle is recorded but changes nothing.
    if (into === merge.from) continue;
    yield* exec(SQL.retireStory, { into, from: merge.from, now });
    yield* exec(SQL.repointArticles, { into, from: merge.from });
    yield* exec(SQL.touchStory, { id: into, now });
  }
  if (record.registry) yield* saveRegistrySteps(article.id, record.registry, now);
  return { status: current ? 'revision' : 'new', articleId: article.id, version };
}

/** The story a possibly merged story id now lives in (itself when live). */
export function* liveStory(id: string): Steps<string> {
  let live = id;
  for (let hops = 0; hops < MAX_MERGE_CHAIN; hops++) {
    const row = yield* first(SQL.storyById, { id: live });
    if (!row?.merged_into) return live;
    live = row.merged_into;
  }
  return live;
}

/**
 * Writes the latest text into the version a revision supersedes: the latest text lives once, in the
 * articles row, so the older version's JSON must take it before the row changes (see `encodeArticle`).
 */
function* freezeText(articleId: string, version: number): Steps<void> {
  const previous = yield* first(SQL.latestArticleJson, { id: articleId });
  const frozen = previous ? withText(previous.article, previous.text) : null;
  if (frozen !== null) yield* exec(SQL.setVersionArticle, { id: articleId, version, article: frozen });
}
