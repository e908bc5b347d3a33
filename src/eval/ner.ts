import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import {
  entityForms,
  loadNerModel,
  type NerScore,
  parseConll,
  scoreNer,
  surfaceForm,
  tagDocument,
  writeConllPredictions,
} from '../nlp/index.js';
import { MODELS_DIR } from '../resources.js';
import type { EvalOptions, EvalReport } from './task.js';

/**
 * Scores the shipped tagger on a CoNLL column file (IOB2, last column gold): exact-match entity
 * precision, recall and F1 per type and overall, as conlleval counts them. Document breaks
 * (`-DOCSTART-`) bound the document-level features. `--predictions` writes the data's lines
 * with the predicted tag appended. When a `train.txt` lies beside the data, the same scores are
 * also given for the *unseen* entities: gold and predicted entities whose surface form
 * (case-insensitive) is no entity of the training split, the figure that predicts how the
 * tagger does on names it has never met.
 */
export async function evalNer(options: EvalOptions): Promise<EvalReport> {
  const text = readData(options.data);
  const docs = parseConll(text);
  if (docs.length === 0)
    throw new InputError('no CoNLL token lines found', 'pass a CoNLL-2003 column file', options.data);
  const weights = loadNerModel(MODELS_DIR).weights();
  const gold: string[][] = [];
  const predicted: string[][] = [];
  let tokens = 0;
  const started = performance.now();
  docs.forEach((doc, d) => {
    const tags = tagDocument(
      weights,
      doc.sentences.map((s) => s.words),
    );
    doc.sentences.forEach((s, i) => {
      gold.push(s.tags);
      predicted.push(tags[i]);
      tokens += s.words.length;
    });
    options.progress(d + 1, docs.length);
  });
  const seconds = (performance.now() - started) / 1000;
  const score = scoreNer(gold, predicted);
  const seen = seenForms(options.data);
  const words = docs.flatMap((doc) => doc.sentences.map((s) => s.words));
  const unseen = seen ? scoreNer(gold, predicted, (s, c) => !seen.has(surfaceForm(words[s], c))) : null;
  if (options.predictions) writeFileSync(options.predictions, writeConllPredictions(text, predicted));
  const metrics = {
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
    perType: perTypeFigures(score),
    entities: { gold: score.gold, predicted: score.predicted, correct: score.correct },
    unseen: unseen && {
      precision: round(unseen.precision),
      recall: round(unseen.recall),
      f1: round(unseen.f1),
      perType: perTypeFigures(unseen),
      entities: { gold: unseen.gold, predicted: unseen.predicted, correct: unseen.correct },
    },
    tokens,
    tokensPerSecond: Math.round(tokens / seconds),
  };
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  const lines = [
    `NER on ${options.data}: ${docs.length} documents, ${tokens} tokens, ${score.gold} gold entities`,
    'type      precision  recall     F1',
    ...Object.entries(score.perType).map(
      ([t, s]) => `${t.padEnd(8)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    ),
    `overall   ${pct(score.precision)}  ${pct(score.recall)}  ${pct(score.f1)}`,
    unseen
      ? `unseen    ${pct(unseen.precision)}  ${pct(unseen.recall)}  ${pct(unseen.f1)}  (${unseen.gold} gold entities no entity of train.txt)`
      : 'unseen    (no train.txt beside the data: not scored)',
  ];
  return { task: 'ner', metrics, lines };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function perTypeFigures(score: NerScore) {
  return Object.fromEntries(
    Object.entries(score.perType).map(([type, s]) => [
      type,
      { p: round(s.precision), r: round(s.recall), f1: round(s.f1), gold: s.gold },
    ]),
  );
}

/** The entity forms of the `train.txt` beside the data, or null when there is none or the data is it. */
function seenForms(data: string): Set<string> | null {
  const train = join(dirname(data), 'train.txt');
  if (basename(data) === 'train.txt' || resolve(train) === resolve(data) || !existsSync(train)) return null;
  return entityForms(parseConll(readFileSync(train, 'utf8')).flatMap((doc) => doc.sentences));
}

function readData(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(
      'cannot read the data file',
      'pass an existing CoNLL-2003 column file with --data',
      path,
    );
  }
}
