import { FeatureBuffer } from './feature-buffer.js';
import { mixHash, T } from './feature-hash.js';
import type { DocFeatures, FeatureContext, SentenceFeatures, WordInfo } from './features.js';

/**
 * The second pass's extra features: how a first model tagged the same word, and its neighbours'
 * words, elsewhere in the document (a name tagged once keeps its type in the article).
 */
export function firstPassFeatures(
  doc: DocFeatures,
  firstPass: readonly Uint8Array[],
  ctx: Pick<FeatureContext, 'buckets' | 'rows'>,
): SentenceFeatures[] {
  const predicted = new Map<string, Int32Array>();
  doc.words.forEach((sentence, s) => {
    sentence.forEach((w, t) => {
      if (!w.capitalised) return;
      let counts = predicted.get(w.lowerText);
      if (!counts) {
        counts = new Int32Array(5);
        predicted.set(w.lowerText, counts);
      }
      counts[typeIndex(firstPass[s][t])]++;
    });
  });
  const buffer = new FeatureBuffer(ctx);
  return doc.words.map((words, s) => {
    buffer.reset(words.length);
    for (let i = 0; i < words.length; i++) {
      buffer.startToken(i);
      pushFirstPass(buffer, words, i, predicted, firstPass[s]);
    }
    return buffer.finish(words.length);
  });
}

/** Joins two feature sets of the same sentence token by token (training the second pass). */
export function concatFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const feats = new Uint32Array(a.feats.length + b.feats.length);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let t = 0; t < n; t++) {
    offsets[t] = at;
    feats.set(a.feats.subarray(a.offsets[t], a.offsets[t + 1]), at);
    at += a.offsets[t + 1] - a.offsets[t];
    feats.set(b.feats.subarray(b.offsets[t], b.offsets[t + 1]), at);
    at += b.offsets[t + 1] - b.offsets[t];
  }
  offsets[n] = at;
  return { feats, offsets };
}

/** A first-pass label (index into NER_LABELS) as type index, plus 8 for a continuing (I-) label. */
function tagCode(label: number): number {
  return typeIndex(label) + (label > 0 && (label - 1) % 2 === 1 ? 8 : 0);
}

/** The entity type index (NER_TYPES order) of a label, or 4 for O: labels are O, then B-/I- per type. */
function typeIndex(label: number): number {
  return label === 0 ? 4 : (label - 1) >> 1;
}

/** Second pass: how the first pass tagged this word, and its neighbours, across the document. */
function pushFirstPass(
  buffer: FeatureBuffer,
  words: readonly WordInfo[],
  i: number,
  predicted: Map<string, Int32Array>,
  firstPass: Uint8Array,
): void {
  // The first pass's own tags here and next door: the second pass trusts them where the document says nothing.
  buffer.push(mixHash(T.predHere, tagCode(firstPass[i])));
  buffer.push(mixHash(T.predHerePrev, i > 0 ? tagCode(firstPass[i - 1]) : 99));
  buffer.push(mixHash(T.predHereNext, i + 1 < words.length ? tagCode(firstPass[i + 1]) : 99));
  const here = predicted.get(words[i].lowerText);
  if (here) {
    const own = typeIndex(firstPass[i]);
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < 5; t++) {
      const count = here[t] - (t === own ? 1 : 0); // elsewhere in the document, not here
      if (count > 0 && t < 4) buffer.push(mixHash(T.predAny, t));
      if (count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    if (best >= 0) buffer.push(mixHash(T.predMajor, best));
  }
  if (i > 0 && words[i - 1].capitalised) {
    const prev = majorityElsewhere(words, i - 1, predicted, firstPass);
    if (prev >= 0) buffer.push(mixHash(T.predPrev, prev));
  }
  if (i + 1 < words.length && words[i + 1].capitalised) {
    const next = majorityElsewhere(words, i + 1, predicted, firstPass);
    if (next >= 0) buffer.push(mixHash(T.predNext, next));
  }
}

/**
 * The type (0..3, or 4 for outside) the first pass gave word `j`'s form most often in the rest of
 * the document, 5 when it occurs nowhere else, -1 when it was never counted.
 */
function majorityElsewhere(
  words: readonly WordInfo[],
  j: number,
  predicted: Map<string, Int32Array>,
  firstPass: Uint8Array,
): number {
  const counts = predicted.get(words[j].lowerText);
  if (!counts) return -1;
  const own = typeIndex(firstPass[j]);
  const at = (t: number) => counts[t] - (t === own ? 1 : 0);
  let best = 4;
  for (let t = 0; t < 5; t++) if (at(t) > at(best)) best = t;
  return at(best) > 0 ? best : 5;
}
