import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { Entity, Quote } from '../model/index.js';
import { loadResources } from '../resources.js';
import { readJsonlFile } from './data-file.js';
import { type PolnearArticle, readPolnear } from './polnear.js';
import { analyseArticle } from './quotes.js';
import { matchQuotes } from './quotes-score.js';
import {
  type Cell,
  emptyTally,
  type PredictedSpeaker,
  resolvesTo,
  type SpeakerGoldItem,
  type SpeakerTally,
  share,
  tallyAttribution,
} from './speakers-score.js';
import type { EvalOptions, EvalReport } from './task.js';

const mention = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
const goldItem = z
  .object({
    id: z.string().min(1),
    source: mention,
    kind: z.enum(['pronoun', 'description']),
    referent: z.string().min(1).nullable(),
    type: z.enum(['entity', 'group']).nullable(),
    antecedent: mention.nullable(),
  })
  .refine((g) => (g.referent === null) === (g.type === null), 'referent and type are null together');

/** Reads a speaker gold file, checking every line. */
export function readSpeakerGold(path: string): SpeakerGoldItem[] {
  return readJsonlFile(path, {
    what: 'the speaker gold file',
    hint: 'pass --gold a JSONL file such as test/gold/speakers/dev.jsonl',
    schema: goldItem,
    line: 'a speaker gold line',
    format: 'see test/gold/speakers/README.md for the format',
  });
}

const key = (id: string, start: number, end: number) => `${id}\u0000${start}\u0000${end}`;

/**
 * Joins the gold to the data: every item's article exists, its source and antecedent slice to their
 * text, and some attribution of the article has that source span. Returns the items by join key.
 */
export function joinGold(
  articles: PolnearArticle[],
  gold: SpeakerGoldItem[],
  goldPath: string,
): Map<string, SpeakerGoldItem> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const joined = new Map<string, SpeakerGoldItem>();
  gold.forEach((item, i) => {
    const where = `line ${i + 1} (${item.id} ${item.source.start}-${item.source.end})`;
    const article = byId.get(item.id);
    const fix = 'score the gold against the data file it was written on';
    if (!article) throw new InputError(`${where}: the article is not in the data`, fix, goldPath);
    for (const part of [item.source, item.antecedent]) {
      if (part && article.text.slice(part.start, part.end) !== part.text) {
        throw new InputError(`${where}: "${part.text}" is not at ${part.start}-${part.end}`, fix, goldPath);
      }
    }
    const hasSource = article.attributions.some(
      (a) => a.source?.start === item.source.start && a.source?.end === item.source.end,
    );
    if (!hasSource) throw new InputError(`${where}: no attribution has this source span`, fix, goldPath);
    joined.set(key(item.id, item.source.start, item.source.end), item);
  });
  return joined;
}

function predictedSpeaker(quote: Quote, entities: Entity[]): PredictedSpeaker | null {
  if (!quote.speaker) return null;
  const entity = quote.speaker.entityId ? entities.find((e) => e.id === quote.speaker?.entityId) : undefined;
  return { name: quote.speaker.name, span: quote.speaker.span, entityMentions: entity?.mentions ?? [] };
}

const pct = (c: Cell) => `${share(c).toFixed(3)} (${c.resolved}/${c.scored})`;

/**
 * Scores speaker resolution on PolNeAR against the speaker gold: for pipeline quotes matched to an
 * attribution whose source is a pronoun or description in the gold, the share whose predicted speaker
 * resolves to the gold referent, by source kind and by quoted vs reported.
 */
export async function evalSpeakers(options: EvalOptions): Promise<EvalReport> {
  if (!options.gold) {
    throw new InputError(
      'eval speakers needs the speaker gold',
      'add --gold test/gold/speakers/dev.jsonl (for --data ../shared/data/quotes/polnear/dev.jsonl)',
      options.data,
    );
  }
  const articles = readPolnear(options.data);
  const joined = joinGold(articles, readSpeakerGold(options.gold), options.gold);
  const goldIds = new Set([...joined.values()].map((g) => g.id));
  const scoredArticles = articles.filter((a) => goldIds.has(a.id));
  const resources = loadResources();
  const tally: SpeakerTally = emptyTally();
  let goldAttributions = 0;
  let noSpeaker = 0;
  const out: string[] = [];
  scoredArticles.forEach((article, i) => {
    const { entities, found, predicted } = analyseArticle(article, resources);
    const attributions = article.attributions;
    goldAttributions += attributions.filter(
      (a) => a.source && joined.has(key(article.id, a.source.start, a.source.end)),
    ).length;
    const pairs = matchQuotes(
      predicted.map((q) => q.span),
      attributions.map((a) => ({ start: a.content.start, end: a.content.end })),
    );
    for (const [p, g] of pairs) {
      const source = attributions[g].source;
      const item = source && joined.get(key(article.id, source.start, source.end));
      if (!item || item.referent === null) continue;
      const speaker = predictedSpeaker(found[p], entities);
      if (!speaker) noSpeaker++;
      tallyAttribution(tally, item.kind, attributions[g].quoted !== 'none', resolvesTo(speaker, item));
    }
    if (options.predictions)
      out.push(
        JSON.stringify({
          id: article.id,
          quotes: found.map((q) => ({ span: q.span, kind: q.kind, speaker: q.speaker })),
        }),
      );
    options.progress(i + 1, scoredArticles.length);
  });
  if (options.predictions) writeFileSync(options.predictions, out.length ? `${out.join('\n')}\n` : '');
  const shares = Object.fromEntries(Object.entries(tally).map(([k, c]) => [k, { ...c, share: share(c) }]));
  return {
    task: 'speakers',
    metrics: {
      articles: scoredArticles.length,
      goldAttributions,
      matched: tally.all.scored,
      noSpeaker,
      ...shares,
    },
    lines: [
      `speakers on ${scoredArticles.length} articles: ${goldAttributions} attributions with a pronoun or description source in the gold, ${tally.all.scored} matched by a pipeline quote (${noSpeaker} of those without a speaker)`,
      `resolved to the gold referent: ${pct(tally.all)}`,
      `  pronoun      ${pct(tally.pronoun)}   quoted ${pct(tally.pronounQuoted)}   reported ${pct(tally.pronounReported)}`,
      `  description  ${pct(tally.description)}   quoted ${pct(tally.descriptionQuoted)}   reported ${pct(tally.descriptionReported)}`,
      `  quoted       ${pct(tally.quoted)}   reported ${pct(tally.reported)}`,
      `pronoun-cue quotes (quoted content, pronoun source): ${pct(tally.pronounQuoted)}`,
    ],
  };
}
