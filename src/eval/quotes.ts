import { writeFileSync } from 'node:fs';
import type { Span } from '../model/index.js';
import { readDoc } from '../nlp/doc.js';
import { findEntities } from '../nlp/entities.js';
import { findQuotes } from '../nlp/quotes.js';
import { loadResources } from '../resources.js';
import { type PolnearArticle, type PolnearAttribution, readPolnear } from './polnear.js';
import {
  emptyCounts,
  finishScore,
  type GoldQuote,
  type PredictedQuote,
  type SubsetScore,
  scoreArticle,
} from './quotes-score.js';
import type { EvalOptions, EvalReport } from './task.js';

const spanOf = (p: { start: number; end: number }): Span => ({ start: p.start, end: p.end });

function goldOf(a: PolnearAttribution): GoldQuote {
  return {
    content: spanOf(a.content),
    source: a.source ? spanOf(a.source) : null,
    sourceText: a.source?.text ?? null,
    quoted: a.quoted !== 'none',
  };
}

/** Runs the shipped pipeline pieces (readDoc, findEntities, findQuotes) over one PolNeAR article. */
export function predictArticle(article: PolnearArticle, resources = loadResources()): PredictedQuote[] {
  const doc = readDoc(article.text, article.published ?? null);
  const entities = findEntities(doc, resources.ner);
  return findQuotes(doc, entities, resources.quotes).map((q) => ({
    span: q.span,
    kind: q.kind,
    speaker: q.speaker ? { name: q.speaker.name, span: q.speaker.span } : null,
  }));
}

const pct = (x: number) => x.toFixed(3);

function line(label: string, s: SubsetScore): string {
  return (
    `${label.padEnd(7)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  ` +
    `speaker ${pct(s.speakerAccuracy)}  exact ${pct(s.exactShare)}  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched})`
  );
}

/**
 * Scores quotes on PolNeAR JSONL: content-span matches (overlap ≥ half the shorter, one-to-one, largest
 * first) on the `quoted` subset (gold quoted ≠ none vs direct/partial predictions) and on all attributions.
 */
export async function evalQuotes(options: EvalOptions): Promise<EvalReport> {
  const articles = readPolnear(options.data);
  const resources = loadResources();
  const quoted = emptyCounts();
  const all = emptyCounts();
  const out: string[] = [];
  articles.forEach((article, i) => {
    const predicted = predictArticle(article, resources);
    const gold = article.attributions.map(goldOf);
    scoreArticle(article.text, predicted, gold, all);
    scoreArticle(
      article.text,
      predicted.filter((q) => q.kind !== 'indirect'),
      gold.filter((g) => g.quoted),
      quoted,
    );
    if (options.predictions) out.push(JSON.stringify({ id: article.id, quotes: predicted }));
    options.progress(i + 1, articles.length);
  });
  if (options.predictions) writeFileSync(options.predictions, out.length ? `${out.join('\n')}\n` : '');
  const q = finishScore(quoted);
  const a = finishScore(all);
  return {
    task: 'quotes',
    metrics: { articles: articles.length, quoted: q, all: a },
    lines: [`quotes on ${articles.length} articles`, line('quoted', q), line('all', a)],
  };
}
