import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';
import {
  type BCubed,
  bcubed,
  type ClusterDoc,
  clusterInOrder,
  clusterInOrderOf,
  featuresOf,
  shuffledScores,
  shuffleLines,
} from './clusters.js';
import { readJsonlFile } from './data-file.js';
import { readPolnear } from './polnear.js';
import type { EvalOptions, EvalReport } from './task.js';

const goldLine = z.object({ id: z.string().min(1), story: z.string().min(1), note: z.string().optional() });

/** One line of a story gold (`test/gold/stories/*.jsonl`): an article and the story an editor files it under. */
export type StoryGoldLine = z.infer<typeof goldLine>;

/** Reads a story gold file, checking every line and that no article appears twice. */
export function readStoryGold(path: string): StoryGoldLine[] {
  const lines = readJsonlFile(path, {
    what: 'the story gold file',
    hint: 'pass --gold a JSONL file such as test/gold/stories/dev.jsonl',
    schema: goldLine,
    line: 'a story gold line',
    format: 'each line is {"id": article id, "story": label, "note"?: text}',
  });
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (seen.has(line.id))
      throw new InputError(
        `gold line ${i + 1} repeats article ${line.id}`,
        'give each article one story',
        path,
      );
    seen.add(line.id);
  }
  return lines;
}

/**
 * The gold's articles from the data file, as clustering documents in the gold's order; a gold id
 * missing from the data is an error, data articles the gold does not list are left out.
 */
export function goldDocs(dataPath: string, gold: StoryGoldLine[], goldPath: string): ClusterDoc[] {
  const byId = new Map(readPolnear(dataPath).map((a) => [a.id, a]));
  return gold.map((line) => {
    const article = byId.get(line.id);
    if (!article) {
      throw new InputError(
        `article ${line.id} is not in ${dataPath}`,
        'score a gold against the data file it was written on (dev.jsonl for dev, train.jsonl for check)',
        goldPath,
      );
    }
    return {
      id: article.id,
      title: article.title ?? null,
      text: article.text,
      date: article.published ?? null,
      cluster: line.story,
      topic: line.story,
    };
  });
}

/** Indexes of the documents in stream order: publication date, then id; undated documents last. */
export function dateOrder(docs: Array<Pick<ClusterDoc, 'id' | 'date'>>): number[] {
  return docs
    .map((_, i) => i)
    .sort((a, b) => {
      const da = docs[a].date ?? '\uffff';
      const db = docs[b].date ?? '\uffff';
      return da < db ? -1 : da > db ? 1 : docs[a].id < docs[b].id ? -1 : docs[a].id > docs[b].id ? 1 : 0;
    });
}

const fmt = (b: BCubed) => `P ${b.precision.toFixed(3)}  R ${b.recall.toFixed(3)}  F1 ${b.f1.toFixed(3)}`;

/**
 * Scores online story clustering against a story gold written on real news: B-cubed in time order
 * (how a stream arrives) and in file order, beside the all-singletons baseline.
 */
export async function evalStoryGold(options: EvalOptions & { gold: string }): Promise<EvalReport> {
  const gold = readStoryGold(options.gold);
  const docs = goldDocs(options.data, gold, options.gold);
  const features = featuresOf(docs, options.progress);
  const ids = docs.map((d) => d.id);
  const stories = docs.map((d) => d.cluster);

  const fileOrder = clusterInOrder(ids, features);
  const byDate = clusterInOrderOf(dateOrder(docs), ids, features);
  const shuffled = shuffledScores(ids, features, stories, options.shuffles ?? 0);

  const date = bcubed(byDate, stories);
  const file = bcubed(fileOrder, stories);
  const baseline = bcubed(ids, stories);
  const goldStories = new Set(stories).size;
  const singletons = [...countBy(stories).values()].filter((n) => n === 1).length;
  const found = { date: new Set(byDate).size, file: new Set(fileOrder).size };
  if (options.predictions) {
    writeFileSync(
      options.predictions,
      ids
        .map((id, i) => `${JSON.stringify({ id, cluster: byDate[i], clusterFileOrder: fileOrder[i] })}\n`)
        .join(''),
    );
  }
  return {
    task: 'clusters',
    metrics: {
      docs: docs.length,
      gold: options.gold,
      goldStories,
      goldSingletons: singletons,
      dateOrder: date,
      fileOrder: file,
      baseline,
      storiesFound: found,
      shuffled,
    },
    lines: [
      `stories on ${docs.length} articles of ${options.gold}: ${goldStories} gold stories, ${singletons} of them single articles`,
      `B-cubed, date order (published, then id): ${fmt(date)}  stories found ${found.date}`,
      `B-cubed, file order:                      ${fmt(file)}  stories found ${found.file}`,
      `all-singletons baseline:                  ${fmt(baseline)}`,
      ...shuffleLines(shuffled),
    ],
  };
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
