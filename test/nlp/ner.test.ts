import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trainNer } from '../../scripts/ner/train.js';
import { decodeNerWeights, encodeNerWeights } from '../../src/nlp/ner/codec.js';
import { type ConllDoc, parseConll, writeConllPredictions } from '../../src/nlp/ner/conll.js';
import { LABEL_COUNT, START_ROW, viterbi } from '../../src/nlp/ner/decode.js';
import {
  addName,
  externalMarks,
  type Gazetteer,
  matchGazetteer,
  trainingMarks,
} from '../../src/nlp/ner/gazetteer.js';
import { chunksOf, NER_LABELS } from '../../src/nlp/ner/labels.js';
import { entityForms, scoreNer, surfaceForm } from '../../src/nlp/ner/score.js';
import { tagDocument } from '../../src/nlp/ner/tagger.js';
import { isTitleCase, normaliseWord, wordShape } from '../../src/nlp/ner/word-forms.js';

const CONLL = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP B-LOC
`;

describe('CoNLL reading and writing', () => {
  it('reads documents, sentences, words and the last column as the tag', () => {
    const docs = parseConll(CONLL);
    assert.equal(docs.length, 2);
    assert.deepEqual(
      docs[0].sentences.map((s) => s.words),
      [
        ['EU', 'rejects', 'German', 'call'],
        ['Peter', 'Blackburn'],
      ],
    );
    assert.deepEqual(docs[0].sentences[1].tags, ['B-PER', 'I-PER']);
    assert.deepEqual(docs[1].sentences[0].tags, ['B-LOC']);
  });

  it('writes predictions as a last column, keeping -DOCSTART- and blank lines', () => {
    const out = writeConllPredictions(CONLL, [['B-ORG', 'O', 'B-MISC', 'O'], ['B-PER', 'O'], ['B-LOC']]);
    const lines = out.split('\n');
    assert.equal(lines.length, CONLL.split('\n').length);
    assert.equal(lines[0], '-DOCSTART- -X- -X- O');
    assert.equal(lines[1], '');
    assert.equal(lines[2], 'EU NNP B-NP B-ORG B-ORG');
    assert.equal(lines[8], 'Blackburn NNP I-NP I-PER O');
    assert.equal(lines[12], 'BRUSSELS NNP B-NP B-LOC B-LOC');
  });
});

describe('conlleval-style scoring', () => {
  it('reads IOB2 chunks, an I- after O or after another type opening a new entity', () => {
    assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'I-MISC']), [
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'MISC', start: 5, end: 6 },
    ]);
  });

  it('counts an entity only with the same type and boundaries', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC'], ['B-LOC']];
    const score = scoreNer(gold, predicted);
    assert.equal(score.correct, 1);
    assert.equal(score.gold, 3);
    assert.equal(score.predicted, 3);
    assert.equal(score.f1, 1 / 3);
    assert.equal(score.perType.LOC.precision, 0.5);
    assert.equal(score.perType.PER.recall, 0);
    assert.equal(score.perType.ORG.predicted, 0);
  });

  it('scores the unseen subset: only entities whose form is no training entity, gold and predicted', () => {
    const seen = entityForms(parseConll(CONLL).flatMap((d) => d.sentences));
    assert.deepEqual([...seen].sort(), ['brussels', 'eu', 'german', 'peter blackburn']);
    const words = [['Peter', 'Blackburn', 'met', 'Ann', 'Lee', 'in', 'Brussels']];
    const gold = [['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']];
    // Seen names right and wrong do not count; the unseen "Ann Lee" is split wrongly, "met" is a false name.
    const predicted = [['B-ORG', 'I-ORG', 'B-PER', 'B-PER', 'O', 'O', 'O']];
    const unseen = scoreNer(gold, predicted, (s, c) => !seen.has(surfaceForm(words[s], c)));
    assert.equal(unseen.gold, 1);
    assert.equal(unseen.predicted, 2);
    assert.equal(unseen.correct, 0);
    const fixed = [['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O']];
    assert.equal(scoreNer(gold, fixed, (s, c) => !seen.has(surfaceForm(words[s], c))).f1, 1);
  });
});

describe('features', () => {
  it('shapes words by character class with runs collapsed', () => {
    assert.equal(wordShape('Jong-un'), 'Xx-x');
    assert.equal(wordShape('U.S.'), 'X.X.');
    assert.equal(wordShape('1996-08-22'), 'd-d-d');
    assert.equal(wordShape('Müller'), 'Xx');
    assert.equal(wordShape(''), '');
  });

  it('maps typographic quotes and dashes to the ASCII of the training data', () => {
    assert.equal(normaliseWord('O’Brien'), "O'Brien");
    assert.equal(normaliseWord('“'), '"');
    assert.equal(normaliseWord('—'), '-');
  });

  it('recognises Title Case headlines but not names or prose', () => {
    assert.equal(isTitleCase('U.S. Says North Korean Troops Are in Russia'.split(' ')), true);
    assert.equal(isTitleCase('Center for Strategic and International Studies'.split(' ')), false);
    assert.equal(isTitleCase('Austin said the troops are in Russia'.split(' ')), false);
    assert.equal(isTitleCase([]), false);
  });

  it('matches gazetteer names of several words, capitalised starts only', () => {
    const gazetteer: Gazetteer = new Map();
    addName(gazetteer, ['New', 'York'], 'LOC');
    addName(gazetteer, ['New', 'York', 'Times'], 'ORG');
    addName(gazetteer, ['York'], 'PER', 'external');
    const words = ['the', 'new', 'york', 'times', 'in', 'new', 'york'];
    const caps = [false, true, true, true, false, false, true];
    // Bits: 1 << type begins (PER 0, ORG 1, LOC 2, MISC 3), external names 4 up; 8 up continues.
    const marks = [...matchGazetteer(gazetteer, words, caps)];
    assert.deepEqual(marks, [0, 0b0110, 0b0110_0001_0000, 0b0010_0000_0000, 0, 0, 0b0001_0000]);
    assert.deepEqual(marks.map(trainingMarks), [0, 0b0110, 0b0110_0000, 0b0010_0000, 0, 0, 0]);
    assert.deepEqual(marks.map(externalMarks), [0, 0, 0b0001, 0, 0, 0, 0b0001]);
  });
});

describe('decoding', () => {
  it('never puts I-X after O or after another type', () => {
    const n = 3;
    const scores = new Float32Array(n * LABEL_COUNT);
    const iLoc = NER_LABELS.indexOf('I-LOC');
    for (let t = 0; t < n; t++) scores[t * LABEL_COUNT + iLoc] = 10;
    const path = viterbi(scores, new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), n);
    const tags = Array.from(path, (y) => NER_LABELS[y]);
    assert.notEqual(tags[0], 'I-LOC');
    assert.deepEqual(tags.slice(1), ['I-LOC', 'I-LOC']);
    assert.equal(tags[0], 'B-LOC');
    assert.equal(START_ROW, LABEL_COUNT);
    assert.deepEqual(
      [...viterbi(new Float32Array(0), new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), 0)],
      [],
    );
  });
});

/** A tiny labelled corpus: persons before "said", places after "in". */
function corpus(): ConllDoc[] {
  const people = ['John Smith', 'Mary Jones', 'Ali Khan', 'Ann Lee', 'Bob Stone', 'Eva Green'];
  const places = ['Paris', 'Berlin', 'Cairo', 'Lima', 'Oslo', 'Rome'];
  return people.map((person, i) => {
    const name = person.split(' ');
    const words = [...name, 'said', 'in', places[i], 'that', 'talks', 'failed', '.'];
    const tags = ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O'];
    return { sentences: [{ words, tags, lines: [] }] };
  });
}

describe('training', () => {
  const options = { buckets: 1 << 12, maxEpochs: 4, folds: 2 };

  it('learns the corpus and tags it back', () => {
    const docs = corpus();
    const { weights, report } = trainNer(docs, docs, options);
    assert.equal(weights.passes.length, 2);
    assert.equal(report.epochs.length, 2);
    const tags = tagDocument(weights, [docs[0].sentences[0].words]);
    assert.deepEqual(tags[0], docs[0].sentences[0].tags);
  });

  it('is deterministic and survives encoding', () => {
    const docs = corpus();
    const a = encodeNerWeights(trainNer(docs, docs, options).weights);
    const b = encodeNerWeights(trainNer(docs, docs, options).weights);
    assert.deepEqual(a, b);
    const decoded = decodeNerWeights(a, 'test');
    const words = ['Ann', 'Lee', 'said', 'in', 'Oslo', 'that', 'talks', 'failed', '.'];
    assert.deepEqual(
      tagDocument(decoded, [words]),
      tagDocument(trainNer(docs, docs, options).weights, [words]),
    );
  });

  it('trains with feature dropout, repeatably, and still learns the corpus', () => {
    const docs = corpus();
    const dropped = { ...options, dropout: 0.3, maxEpochs: 6 };
    const a = trainNer(docs, docs, dropped).weights;
    assert.deepEqual(encodeNerWeights(a), encodeNerWeights(trainNer(docs, docs, dropped).weights));
    assert.notDeepEqual(encodeNerWeights(a), encodeNerWeights(trainNer(docs, docs, options).weights));
    assert.deepEqual(tagDocument(a, [docs[1].sentences[0].words])[0], docs[1].sentences[0].tags);
  });

  it('rejects bytes that are not a model, naming the file', () => {
    assert.throws(
      () => decodeNerWeights(new Uint8Array([1, 2, 3]), 'models/x.bin'),
      /models\/x\.bin: not a Dossier NER model/,
    );
  });
});
