/**
 * Trains the reported-speech cue classifier on PolNeAR train, selects the epoch on dev, and writes
 * models/quotes.json. Deterministic (fixed example order); a minute or two on one core.
 * Usage: npm run train:quotes [-- --epochs N]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PolnearArticle, readPolnear } from '../src/eval/polnear.js';
import { goldOf } from '../src/eval/quotes.js';
import { emptyCounts, finishScore, scoreSubsets } from '../src/eval/quotes-score.js';
import type { Doc } from '../src/model/index.js';
import { readAttribution } from '../src/nlp/attribution/context.js';
import { buildLexicon } from '../src/nlp/data/lexicon.js';
import { readDoc } from '../src/nlp/doc.js';
import type { QuoteModel } from '../src/nlp/quote-model.js';
import { QUOTE_MODEL_FILE } from '../src/nlp/quote-model-load.js';
import { cueCandidates, cueFeatures } from '../src/nlp/quotes/cue-features.js';
import { scoreFeatures } from '../src/nlp/quotes/perceptron.js';
import { findQuotes } from '../src/nlp/quotes.js';
import { AveragedPerceptron } from './quotes/perceptron.js';

const lexicon = buildLexicon();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data/quotes/polnear');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const EPOCHS = arg('epochs', 10);
/** A word becomes a cue candidate when it was a cue this often in train … */
const MIN_CUE_COUNT = arg('min-count', 5);
/** … and at least this share of its occurrences. */
const MIN_CUE_RATE = arg('min-rate', 0.1);
/** Features seen fewer times than this in train are dropped (keeps the model small, barely costs accuracy). */
const MIN_FEATURE_COUNT = arg('min-feature', 3);
/** Decision thresholds tried on dev, end to end; the best all-attributions F1 is shipped. */
const THRESHOLDS = [-8, -6, -5, -4, -3, -2, -1, 0, 1];

interface Example {
  features: string[];
  label: boolean;
}

function read(split: string): Array<{ article: PolnearArticle; doc: Doc }> {
  return readPolnear(path.join(dataDir, `${split}.jsonl`)).map((article) => ({
    article,
    doc: readDoc(article.text, article.published ?? null),
  }));
}

/** Marks every character inside a gold cue fragment. */
function cueMask(article: PolnearArticle): Uint8Array {
  const mask = new Uint8Array(article.text.length);
  for (const a of article.attributions) {
    for (const [s, e] of a.cue?.fragments ?? []) mask.fill(1, s, e);
  }
  return mask;
}

function vocabulary(train: Array<{ article: PolnearArticle; doc: Doc }>): string[] {
  const asCue = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { article, doc } of train) {
    const mask = cueMask(article);
    for (const t of doc.tokens) {
      if (t.kind !== 'word') continue;
      const w = t.text.toLowerCase();
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (mask[t.start]) asCue.set(w, (asCue.get(w) ?? 0) + 1);
    }
  }
  return [...asCue.entries()]
    .filter(([w, n]) => n >= MIN_CUE_COUNT && n / (seen.get(w) ?? n) >= MIN_CUE_RATE)
    .map(([w]) => w)
    .sort();
}

function examples(split: Array<{ article: PolnearArticle; doc: Doc }>, words: Set<string>): Example[] {
  const out: Example[] = [];
  for (const { article, doc } of split) {
    const mask = cueMask(article);
    for (const i of cueCandidates(doc, words, lexicon)) {
      out.push({ features: cueFeatures(doc, i, lexicon), label: mask[doc.tokens[i].start] === 1 });
    }
  }
  return out;
}

function f1(model: { weights: Record<string, number>; bias: number }, data: Example[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of data) {
    const yes = scoreFeatures(model.weights, model.bias, e.features) > 0;
    if (yes && e.label) tp++;
    else if (yes) fp++;
    else if (e.label) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** A fixed pseudo-random order (LCG), so training is reproducible. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const train = read('train');
const dev = read('dev');
const cueWords = vocabulary(train);
const words = new Set(cueWords);
const trainExamples = examples(train, words);
const devExamples = examples(dev, words);
console.log(
  `cue words ${cueWords.length}; candidates train ${trainExamples.length}, dev ${devExamples.length}`,
);
const featureCounts = new Map<string, number>();
for (const e of trainExamples)
  for (const f of e.features) featureCounts.set(f, (featureCounts.get(f) ?? 0) + 1);
for (const e of trainExamples)
  e.features = e.features.filter((f) => (featureCounts.get(f) ?? 0) >= MIN_FEATURE_COUNT);
const perceptron = new AveragedPerceptron();
let best = { epoch: 0, f1: -1, model: perceptron.averaged() };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (const e of shuffled(trainExamples, epoch)) perceptron.learn(e.features, e.label);
  const model = perceptron.averaged();
  const score = f1(model, devExamples);
  console.log(
    `epoch ${epoch}: dev cue P ${score.p.toFixed(3)} R ${score.r.toFixed(3)} F1 ${score.f1.toFixed(3)}`,
  );
  if (score.f1 > best.f1) best = { epoch, f1: score.f1, model };
}
/** End-to-end dev figures of a model: the eval's own scorer over findQuotes. */
function endToEnd(model: QuoteModel) {
  const all = emptyCounts();
  const quoted = emptyCounts();
  for (const { article, doc } of dev) {
    const predicted = findQuotes(readAttribution(doc, [], lexicon), model).map((q) => ({
      span: q.span,
      kind: q.kind,
      speaker: q.speaker,
    }));
    scoreSubsets(article.text, predicted, article.attributions.map(goldOf), { all, quoted });
  }
  return { all: finishScore(all), quoted: finishScore(quoted) };
}

let shipped: QuoteModel = { version: 1, cueWords, weights: best.model.weights, bias: best.model.bias };
let bestF1 = -1;
for (const t of THRESHOLDS) {
  const model: QuoteModel = { version: 1, cueWords, weights: best.model.weights, bias: best.model.bias - t };
  const s = endToEnd(model);
  console.log(
    `threshold ${t}: dev all P ${s.all.precision.toFixed(3)} R ${s.all.recall.toFixed(3)} F1 ${s.all.f1.toFixed(3)}; quoted F1 ${s.quoted.f1.toFixed(3)}`,
  );
  if (s.all.f1 > bestF1) {
    bestF1 = s.all.f1;
    shipped = model;
  }
}
const out = path.join(repoRoot, 'models', QUOTE_MODEL_FILE);
writeFileSync(out, `${JSON.stringify(shipped)}\n`);
console.log(
  `kept epoch ${best.epoch} (dev cue F1 ${best.f1.toFixed(3)}), threshold ${(best.model.bias - shipped.bias).toFixed(1)} (dev all F1 ${bestF1.toFixed(3)}); ${Object.keys(shipped.weights).length} weights -> ${out}`,
);
