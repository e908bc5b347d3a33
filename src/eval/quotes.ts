import { writeFileSync } from 'node:fs';
import type { Doc, Quote, Span } from '../model/index.js';
import type { AnalyzerResources } from '../nlp/index.js';
import { findEntities, findQuotes, readAttribution, readDoc, scanQuoteMarks } from '../nlp/index.js';
import { loadResources } from '../resources.js';
import { type PolnearArticle, type PolnearAttribution, readPolnear } from './polnear.js';
import {
  emptyCounts,
  finishScore,
  type GoldQuote,
  type PredictedQuote,
  type SubsetScore,
  scoreSubsets,
} from './quotes-score.js';
import type { EvalOptions, EvalReport } from './task.js';

const spanOf = (p: { start: number; end: number }): Span => ({ start: p.start, end: p.end });

/** A PolNeAR attribution as the scorer reads it. */
export function goldOf(a: PolnearAttribution): GoldQuote {
  return {
    content: spanOf(a.content),
    source: a.source ? spanOf(a.source) : null,
    sourceText: a.source?.text ?? null,
    quoted: a.quoted !== 'none',
  };
}

/** Runs the shipped pipeline pieces (readDoc, findEntities, findQuotes) over one PolNeAR article. */
export function predictArticle(article: PolnearArticle, resources = loadResources()): PredictedQuote[] {
  return analyseArticle(article, resources).predicted;
}

/** The shipped quote pipeline over one PolNeAR article: its doc, entities, quotes and their metric records. */
export function analyseArticle(article: PolnearArticle, resources: AnalyzerResources) {
  const doc = readDoc(article.text, article.published ?? null);
  const entities = findEntities(doc, resources.ner, resources.lexicon);
  const found = findQuotes(readAttribution(doc, entities, resources.lexicon), resources.quotes);
  const predicted: PredictedQuote[] = found.map((q) => ({
    span: q.span,
    kind: q.kind,
    speaker: q.speaker ? { name: q.speaker.name, span: q.speaker.span } : null,
  }));
  return { doc, entities, found, predicted };
}

/** How the scare-quote filter decided on marked spans: kept or dropped, and whether the gold calls them speech. */
interface MarkTally {
  keptSpeech: number;
  keptOther: number;
  droppedSpeech: number;
  droppedOther: number;
}

const covers = (outer: Span, inner: Span) =>
  Math.min(outer.end, inner.end) - Math.max(outer.start, inner.start);

/**
 * Tallies the marked spans of one article: speech when a gold attribution covers at least half of it
 * (the dev data's quoted spans with no attribution are the negatives), kept when a found quote does.
 */
function tallyMarks(doc: Doc, found: Quote[], gold: GoldQuote[], into: MarkTally): void {
  const kept = found.filter((q) => q.kind !== 'indirect').flatMap((q) => q.fragments ?? [q.span]);
  const golds = gold.map((g) => g.content);
  for (const mark of scanQuoteMarks(doc)) {
    for (const f of mark.fragments) {
      const half = (f.end - f.start) / 2;
      const speech = golds.some((g) => covers(g, f) >= half);
      const keep = kept.some((k) => covers(k, f) >= half);
      if (keep) speech ? into.keptSpeech++ : into.keptOther++;
      else speech ? into.droppedSpeech++ : into.droppedOther++;
    }
  }
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
  const marks: MarkTally = { keptSpeech: 0, keptOther: 0, droppedSpeech: 0, droppedOther: 0 };
  articles.forEach((article, i) => {
    const { doc, found, predicted } = analyseArticle(article, resources);
    const gold = article.attributions.map(goldOf);
    tallyMarks(doc, found, gold, marks);
    scoreSubsets(article.text, predicted, gold, { all, quoted });
    if (options.predictions) out.push(JSON.stringify({ id: article.id, quotes: predicted }));
    options.progress(i + 1, articles.length);
  });
  if (options.predictions) writeFileSync(options.predictions, out.length ? `${out.join('\n')}\n` : '');
  const q = finishScore(quoted);
  const a = finishScore(all);
  return {
    task: 'quotes',
    metrics: { articles: articles.length, quoted: q, all: a, marks },
    lines: [
      `quotes on ${articles.length} articles`,
      line('quoted', q),
      line('all', a),
      `marked spans: kept ${marks.keptSpeech} speech + ${marks.keptOther} not; dropped ${marks.droppedOther} not + ` +
        `${marks.droppedSpeech} speech (scare quotes and titles are the "not")`,
    ],
  };
}
