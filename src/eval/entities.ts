import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Analysis, Article, Entity } from '../model/index.js';
import { analyze } from '../nlp/index.js';
import { createLinker, type Linker } from '../registry/index.js';
import { loadPlaces, loadResources } from '../resources.js';
import { createClusterer, storyFeatures } from '../stories/index.js';
import { type BCubed, bcubed, ecbDocument } from './clusters.js';
import { readJsonlFile } from './data-file.js';
import type { EvalOptions, EvalReport } from './task.js';

/** A gold mention of the ECB+ entity JSONL (`../shared/data/entities/ecbplus/`). */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type?: string;
  cluster: string;
}

/** One document of the entity JSONL. */
export interface EntityDoc {
  id: string;
  title: string | null;
  text: string;
  mentions: GoldMention[];
}

const entityDoc = ecbDocument
  .extend({
    mentions: z.array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        type: z.string().optional(),
        cluster: z.string(),
      }),
    ),
  })
  .superRefine((row, ctx) => {
    row.mentions.forEach((m, i) => {
      if (row.text.slice(m.start, m.end) !== m.text)
        ctx.addIssue({ code: 'custom', path: ['mentions', i], message: `“${m.text}” is not at ${m.start}` });
    });
  });

/** Reads the JSONL data set; a line that does not fit, or a mention that does not slice to its text, names its line. */
export function readEntityDocs(path: string): EntityDoc[] {
  return readJsonlFile(path, {
    what: 'the entity data',
    hint: 'pass --data ECB+ JSONL such as ../shared/data/entities/ecbplus/dev.jsonl',
    schema: entityDoc,
    line: 'an entity document',
    format: 'give ECB+ entity JSONL: {id, title, text, mentions: [{start, end, text, cluster}]}',
  });
}

/** The article of a document, its text exactly as given so that gold offsets index it. */
function articleOf(doc: EntityDoc): Article {
  return {
    id: doc.id,
    url: null,
    title: doc.title ?? '',
    outlet: null,
    published: null,
    language: 'en',
    text: doc.text,
    sources: [],
  };
}

/**
 * Links the documents in file order as one stream (analysis, online story placement for context,
 * then the registry), the way ingest does; never reads `cluster` or `type`.
 */
export function linkDocuments(
  docs: readonly EntityDoc[],
  progress: (done: number, total: number) => void = () => {},
): { linker: Linker; analyses: Analysis[] } {
  const resources = loadResources();
  const linker = createLinker({ places: loadPlaces() });
  const clusterer = createClusterer();
  const analyses = docs.map((doc, i) => {
    progress(i + 1, docs.length);
    const analysis = analyze(articleOf(doc), resources);
    const { storyId } = clusterer.add(doc.id, storyFeatures(analysis, resources.lexicon.stopwords));
    linker.add(analysis, { storyId });
    return analysis;
  });
  return { linker, analyses };
}

/** The registry id at each gold mention: the entity whose mention overlaps the span most, or null. */
export function predictMentions(
  doc: EntityDoc,
  entities: readonly Entity[],
  linker: Linker,
): (string | null)[] {
  return doc.mentions.map((m) => {
    let best: Entity | null = null;
    let bestOverlap = 0;
    for (const e of entities) {
      for (const s of e.mentions) {
        const overlap = Math.min(s.end, m.end) - Math.max(s.start, m.start);
        if (overlap > bestOverlap) {
          best = e;
          bestOverlap = overlap;
        }
      }
    }
    return best ? linker.registryIdOf(doc.id, best.id) : null;
  });
}

/** Scores cross-document entity linking on ECB+ entity JSONL: B-cubed over the gold mentions. */
export async function evalEntities(options: EvalOptions): Promise<EvalReport> {
  const docs = readEntityDocs(options.data);
  const { linker, analyses } = linkDocuments(docs, options.progress);
  const predicted: string[] = [];
  const gold: string[] = [];
  const lines: string[] = [];
  let unlinked = 0;
  docs.forEach((doc, i) => {
    const ids = predictMentions(doc, analyses[i].entities, linker);
    ids.forEach((id, j) => {
      if (id === null) unlinked++;
      // A mention with no entity is a singleton: an id no other mention shares.
      predicted.push(id ?? `none:${doc.id}:${j}`);
      gold.push(doc.mentions[j].cluster);
    });
    lines.push(
      `${JSON.stringify({ id: doc.id, mentions: doc.mentions.map((m, j) => ({ start: m.start, end: m.end, entity: ids[j] })) })}\n`,
    );
  });
  if (options.predictions) writeFileSync(options.predictions, lines.join(''));
  const score = bcubed(predicted, gold);
  const fmt = (b: BCubed) => `P ${b.precision.toFixed(3)}  R ${b.recall.toFixed(3)}  F1 ${b.f1.toFixed(3)}`;
  const found = new Set(predicted.filter((p) => !p.startsWith('none:'))).size;
  return {
    task: 'entities',
    metrics: {
      docs: docs.length,
      mentions: gold.length,
      bcubed: score,
      unlinkedMentions: unlinked,
      entitiesFound: found,
      entitiesGold: new Set(gold).size,
      order: 'file',
    },
    lines: [
      `documents: ${docs.length}, gold mentions: ${gold.length} (file order, online)`,
      `B-cubed over gold mentions: ${fmt(score)}`,
      `mentions with no entity: ${unlinked}; registry entities at gold mentions: ${found}, gold entities: ${new Set(gold).size}`,
    ],
  };
}
