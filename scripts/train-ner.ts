/**
 * Trains the NER tagger on CoNLL-2003 train, selects each pass's epochs on dev, and writes
 * models/ner.bin (deterministic: same data, same bytes). Usage: npm run train:ner
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeNerWeights } from '../src/nlp/ner/codec.js';
import { parseConll } from '../src/nlp/ner/conll.js';
import { NER_MODEL_FILE } from '../src/nlp/ner/load.js';
import { learnClusters } from './ner/clusters.js';
import { externalNames } from './ner/external-names.js';
import { trainNer } from './ner/train.js';
import { sentencesOf, unlabelledTexts } from './ner/unlabelled.js';

const repoRoot = resolve(import.meta.dirname, '..');
const dataDir = resolve(repoRoot, '../shared/data/ner/conll2003');
const read = (split: string) => parseConll(readFileSync(resolve(dataDir, `${split}.txt`), 'utf8'));

const started = Date.now();
const log = (line: string) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
const train = read('train');
// Clusters from the unlabelled news of ../shared/data and the training split's words (never dev's).
const clusters = learnClusters([
  ...sentencesOf(unlabelledTexts(resolve(repoRoot, '../shared/data'))),
  ...train.flatMap((doc) => doc.sentences.map((s) => s.words)),
]);
log(`${clusters.size} words clustered`);
const { weights, report } = trainNer(train, read('dev'), {
  external: externalNames(),
  clusters,
  log,
});
const bytes = encodeNerWeights(weights);
mkdirSync(resolve(repoRoot, 'models'), { recursive: true });
const out = resolve(repoRoot, 'models', NER_MODEL_FILE);
writeFileSync(out, bytes);
const best = report.devF1.map((scores, p) => scores[report.epochs[p] - 1].toFixed(4));
log(
  `wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB); epochs per pass ${report.epochs.join(', ')}; dev F1 ${best.join(' → ')}`,
);
