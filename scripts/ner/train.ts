import { type ChainWeights, decodeSentence } from '../../src/nlp/ner/chain.js';
import type { WordClusters } from '../../src/nlp/ner/clusters.js';
import type { ConllDoc } from '../../src/nlp/ner/conll.js';
import { type FeatureContext, featurizeDoc, type SentenceFeatures } from '../../src/nlp/ner/features.js';
import { concatFeatures, firstPassFeatures } from '../../src/nlp/ner/first-pass.js';
import { addName, type Gazetteer } from '../../src/nlp/ner/gazetteer.js';
import { chunksOf, labelsOf, NER_LABELS } from '../../src/nlp/ner/labels.js';
import type { NerWeights } from '../../src/nlp/ner/model.js';
import { scoreNer } from '../../src/nlp/ner/score.js';
import type { ListedName } from './external-names.js';
import { DEFAULT_PERCEPTRON, Perceptron, type TrainingSentence } from './perceptron.js';

/** Options of `trainNer`; defaults in `DEFAULT_TRAINING`. */
export interface TrainingOptions {
  buckets: number;
  seed: number;
  /** Feature dropout of the perceptron (`PerceptronOptions.dropout`). */
  dropout: number;
  /** Epochs tried per stage; the best on dev is kept. */
  maxEpochs: number;
  /** Folds for the jackknifed gazetteer and first-pass predictions on the training data. */
  folds: number;
  /** Whether to train the second, document-level pass. */
  secondPass: boolean;
  /** Names from outside the training data, marked apart from its names in the gazetteer. */
  external: readonly ListedName[];
  /** Word clusters learnt from unlabelled news (`learnClusters`); empty: none. */
  clusters: WordClusters;
  /** Progress lines; a no-op by default. */
  log: (line: string) => void;
}

/** Defaults: 2^18 buckets, up to 10 epochs, 5 folds, two passes, no external names, silent. */
export const DEFAULT_TRAINING: TrainingOptions = {
  buckets: DEFAULT_PERCEPTRON.buckets,
  seed: DEFAULT_PERCEPTRON.seed,
  dropout: DEFAULT_PERCEPTRON.dropout,
  maxEpochs: 10,
  folds: 5,
  secondPass: true,
  external: [],
  clusters: new Map(),
  log: () => {},
};

/** What training reports next to the weights: the dev F1 of each stage and epoch. */
export interface TrainingReport {
  devF1: number[][];
  epochs: number[];
}

const LABEL_INDEX = new Map(NER_LABELS.map((l, i) => [l, i]));

/** Builds the gazetteer of every labelled name in the documents, plus the external names. */
export function buildGazetteer(docs: readonly ConllDoc[], external: readonly ListedName[] = []): Gazetteer {
  const gazetteer: Gazetteer = new Map();
  for (const name of external) addName(gazetteer, name.words, name.type, 'external');
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const c of chunksOf(s.tags)) addName(gazetteer, s.words.slice(c.start, c.end), c.type);
    }
  }
  return gazetteer;
}

/**
 * Trains the two-pass tagger on `train`, choosing each pass's epoch count by dev F1.
 * Deterministic: fixed fold assignment (document index mod folds) and a seeded shuffle.
 */
export function trainNer(
  train: readonly ConllDoc[],
  dev: readonly ConllDoc[],
  overrides: Partial<TrainingOptions> = {},
): { weights: NerWeights; report: TrainingReport } {
  const options = { ...DEFAULT_TRAINING, ...overrides };
  const gazetteer = buildGazetteer(train, options.external);
  const fold = (d: number) => d % options.folds;
  const foldContexts = Array.from({ length: options.folds }, (_, k) =>
    context(
      buildGazetteer(
        train.filter((_, d) => fold(d) !== k),
        options.external,
      ),
      options,
    ),
  );
  const full = context(gazetteer, options);
  const words = (doc: ConllDoc) => doc.sentences.map((s) => s.words);
  const devGold = dev.flatMap((doc) => doc.sentences.map((s) => s.tags));

  // Each training document is featurised with the gazetteer of the other folds, as unseen text would be.
  const trainDocs = train.map((doc, d) => featurizeDoc(words(doc), foldContexts[fold(d)]));
  const devDocs = dev.map((doc) => featurizeDoc(words(doc), full));
  const trainFeatures = trainDocs.map((doc) => doc.sentences);
  const devFeatures = devDocs.map((doc) => doc.sentences);
  const report: TrainingReport = { devF1: [], epochs: [] };
  const first = fitStage(trainFeatures, train, devFeatures, devGold, options, report, 'pass 1');
  if (!options.secondPass) {
    return {
      weights: { gazetteer, clusters: options.clusters, buckets: options.buckets, passes: [first] },
      report,
    };
  }

  // Second pass: first-pass tags for training documents come from models that never saw them.
  const trainFirst: Uint8Array[][] = new Array(train.length);
  for (let k = 0; k < options.folds; k++) {
    const inFold = train.map((_, d) => d).filter((d) => fold(d) === k);
    const others = train.map((_, d) => d).filter((d) => fold(d) !== k);
    const model = fitFixed(
      others.map((d) => trainFeatures[d]),
      others.map((d) => train[d]),
      report.epochs[0],
      options,
    );
    for (const d of inFold) trainFirst[d] = trainFeatures[d].map((f) => decodeSentence(f, model));
    options.log(`pass 1 fold ${k + 1}/${options.folds} done`);
  }
  const devFirst = devFeatures.map((doc) => doc.map((f) => decodeSentence(f, first)));
  const withFirst = (doc: ReturnType<typeof featurizeDoc>, tags: Uint8Array[]) => {
    const extra = firstPassFeatures(doc, tags, options);
    return doc.sentences.map((f, s) => concatFeatures(f, extra[s]));
  };
  const trainFeatures2 = trainDocs.map((doc, d) => withFirst(doc, trainFirst[d]));
  const devFeatures2 = devDocs.map((doc, d) => withFirst(doc, devFirst[d]));
  const second = fitStage(trainFeatures2, train, devFeatures2, devGold, options, report, 'pass 2');
  return {
    weights: { gazetteer, clusters: options.clusters, buckets: options.buckets, passes: [first, second] },
    report,
  };
}

function context(gazetteer: Gazetteer, options: TrainingOptions): FeatureContext {
  return { gazetteer, clusters: options.clusters, buckets: options.buckets };
}

function examples(features: SentenceFeatures[][], docs: readonly ConllDoc[]): TrainingSentence[] {
  return features.flatMap((doc, d) =>
    doc.map((f, s) => ({
      features: f,
      gold: Uint8Array.from(docs[d].sentences[s].tags, (t) => LABEL_INDEX.get(t) ?? 0),
    })),
  );
}

function fitStage(
  trainFeatures: SentenceFeatures[][],
  train: readonly ConllDoc[],
  devFeatures: SentenceFeatures[][],
  devGold: string[][],
  options: TrainingOptions,
  report: TrainingReport,
  name: string,
): ChainWeights {
  const perceptron = new Perceptron(examples(trainFeatures, train), options);
  const scores: number[] = [];
  let best: ChainWeights | null = null;
  let bestF1 = -1;
  for (let e = 1; e <= options.maxEpochs; e++) {
    const mistakes = perceptron.epoch();
    const weights = perceptron.averaged();
    const predicted = devFeatures.flatMap((doc) => doc.map((f) => labelsOf(decodeSentence(f, weights))));
    const f1 = scoreNer(devGold, predicted).f1;
    scores.push(f1);
    options.log(`${name} epoch ${e}: ${mistakes} training sentences wrong, dev F1 ${f1.toFixed(4)}`);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = weights;
    }
  }
  report.devF1.push(scores);
  report.epochs.push(scores.indexOf(bestF1) + 1);
  return best!;
}

function fitFixed(
  features: SentenceFeatures[][],
  docs: readonly ConllDoc[],
  epochs: number,
  options: TrainingOptions,
): ChainWeights {
  const perceptron = new Perceptron(examples(features, docs), options);
  for (let e = 0; e < epochs; e++) perceptron.epoch();
  return perceptron.averaged();
}
