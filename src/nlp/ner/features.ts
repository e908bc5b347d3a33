import { fmix32 } from '../../util/fmix32.js';
import { FeatureBuffer } from './feature-buffer.js';
import { type Gazetteer, matchGazetteer } from './gazetteer.js';
import { isTitleCase, normaliseWord, wordShape } from './word-forms.js';

/** What the feature extractor needs besides the words: word lists learnt from the training data. */
export interface FeatureContext {
  gazetteer: Gazetteer;
  /** Size of the hashed feature space; a power of two. */
  buckets: number;
  /** Compact row of each bucket, −1 for none (see `NerWeights.rows`); absent: the bucket is the row. */
  rows?: Int32Array;
}

/** The hashed features of one sentence: token t owns `feats[offsets[t] .. offsets[t + 1])`. */
export interface SentenceFeatures {
  feats: Uint32Array;
  offsets: Uint32Array;
}

/** What one word contributes to its own and its neighbours' features, computed once per word form. */
export interface WordInfo {
  word: number;
  lower: number;
  shape: number;
  affixes: number[];
  lowerText: string;
  capitalised: boolean;
  allCaps: boolean;
  hasLower: boolean;
}

// Template ids seed the hashes so that the same string under two templates is two features.
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  prev1: 5,
  prev2: 6,
  next1: 7,
  next2: 8,
  shapePrev1: 9,
  shapeNext1: 10,
  shapePrev2: 11,
  shapeNext2: 12,
  bigramPrev: 13,
  bigramNext: 14,
  shapeTri: 15,
  shapeBiPrev: 16,
  shapeBiNext: 17,
  initial: 18,
  headline: 19,
  headlineLower: 20,
  gaz: 21,
  gazPrev: 22,
  gazNext: 23,
  gazShape: 24,
  docLower: 28,
  docCap: 29,
  docShape: 30,
  predAny: 31,
  predMajor: 32,
  predPrev: 33,
  predNext: 34,
  lowerShapePrev: 35,
  runFirst: 36,
  runLast: 37,
  runLength: 38,
  predHere: 39,
  predHerePrev: 40,
  predHereNext: 41,
} as const;

/** Lower-case words that may join the capitalised words of one name ("Center for … and … Studies"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'the', 'on', 'du', 'la', 'von', 'van']);

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');

function wordInfo(word: string): WordInfo {
  const lowerText = word.toLowerCase().replace(/\d/g, '0');
  const shape = wordShape(word);
  // Prefixes and suffixes of one to four characters, hashed as they grow rather than sliced out.
  const affixes: number[] = [];
  const n = lowerText.length;
  let prefix = 0x811c9dc5;
  let suffix = 0x811c9dc5;
  for (let k = 1; k <= 4 && k <= n; k++) {
    prefix = Math.imul(prefix ^ lowerText.charCodeAt(k - 1), 0x01000193) >>> 0;
    suffix = Math.imul(suffix ^ lowerText.charCodeAt(n - k), 0x01000193) >>> 0;
    affixes.push(mixHash(prefix, 100 + k), mixHash(suffix, 200 + k));
  }
  const first = word.charAt(0);
  const capitalised = first !== first.toLowerCase();
  const hasLower = word !== word.toUpperCase();
  return {
    word: hashString(word, T.word),
    lower: hashString(lowerText),
    shape: hashString(shape),
    affixes,
    lowerText,
    capitalised,
    allCaps: capitalised && !hasLower,
    hasLower,
  };
}

/** Per-document counts of how each word form is written outside headlines and sentence starts. */
interface DocStats {
  lowerSeen: Map<string, number>;
  capSeen: Map<string, number>;
}

/** 32-bit FNV-1a of a string, seeded so that equal strings under different templates differ. */
function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes into one well-spread 32-bit value (murmur3's finaliser over a mix of both). */
function mixHash(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ b);
}

/** A featurised document: its per-sentence features and what the second pass reuses. */
export interface DocFeatures {
  sentences: SentenceFeatures[];
  words: WordInfo[][];
  stats: DocStats;
}

/** Hashes the sentence-level and document-casing features of every token of a document. */
export function featurizeDoc(sentences: readonly (readonly string[])[], ctx: FeatureContext): DocFeatures {
  const cache = new Map<string, WordInfo>();
  const words = sentences.map((sentence) =>
    (isTitleCase(sentence) ? sentence.map((w) => w.toUpperCase()) : sentence).map((w) => {
      let info = cache.get(w);
      if (!info) {
        info = wordInfo(normaliseWord(w));
        cache.set(w, info);
      }
      return info;
    }),
  );
  const headlines = words.map(isHeadline);
  const stats = docStats(words, headlines);
  const buffer = new FeatureBuffer(ctx);
  return {
    sentences: words.map((s, i) => featurizeSentence(s, headlines[i], ctx, stats, buffer)),
    words,
    stats,
  };
}

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

/** A sentence with no lower-case letters in its words (CoNLL's ALL CAPS headlines). */
function isHeadline(sentence: readonly WordInfo[]): boolean {
  let caps = 0;
  for (const w of sentence) {
    if (w.hasLower) return false;
    if (w.allCaps) caps++;
  }
  return caps >= 2;
}

function docStats(infos: WordInfo[][], headlines: boolean[]): DocStats {
  const lowerSeen = new Map<string, number>();
  const capSeen = new Map<string, number>();
  infos.forEach((sentence, s) => {
    if (headlines[s]) return;
    for (let t = 1; t < sentence.length; t++) {
      const w = sentence[t];
      if (!w.hasLower) continue;
      const seen = w.capitalised ? capSeen : lowerSeen;
      seen.set(w.lowerText, (seen.get(w.lowerText) ?? 0) + 1);
    }
  });
  return { lowerSeen, capSeen };
}

/** A first-pass label (index into NER_LABELS) as type index, plus 8 for a continuing (I-) label. */
function tagCode(label: number): number {
  return typeIndex(label) + (label > 0 && (label - 1) % 2 === 1 ? 8 : 0);
}

/** The entity type index (NER_TYPES order) of a label, or 4 for O: labels are O, then B-/I- per type. */
function typeIndex(label: number): number {
  return label === 0 ? 4 : (label - 1) >> 1;
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the feature template of the tagger: one flat list of feature writes per word, in a fixed order the trained weights depend on.
function featurizeSentence(
  words: readonly WordInfo[],
  headline: boolean,
  ctx: FeatureContext,
  stats: DocStats,
  buffer: FeatureBuffer,
): SentenceFeatures {
  const n = words.length;
  const gaz = matchGazetteer(
    ctx.gazetteer,
    words.map((w) => w.lowerText),
    words.map((w) => w.capitalised),
  );
  const runs = nameRuns(words);
  buffer.reset(n);
  const push = buffer.push;
  for (let i = 0; i < n; i++) {
    buffer.startToken(i);
    const w = words[i];
    const p1 = i > 0 ? words[i - 1] : null;
    const p2 = i > 1 ? words[i - 2] : null;
    const n1 = i + 1 < n ? words[i + 1] : null;
    const n2 = i + 2 < n ? words[i + 2] : null;
    const lp1 = p1 ? p1.lower : BOUNDARY_BEFORE;
    const ln1 = n1 ? n1.lower : BOUNDARY_AFTER;
    const sp1 = p1 ? p1.shape : BOUNDARY_BEFORE;
    const sn1 = n1 ? n1.shape : BOUNDARY_AFTER;
    push(T.bias);
    push(w.word);
    push(mixHash(T.lower, w.lower));
    push(mixHash(T.shape, w.shape));
    for (const a of w.affixes) push(a);
    push(mixHash(T.prev1, lp1));
    push(mixHash(T.prev2, p2 ? p2.lower : BOUNDARY_BEFORE));
    push(mixHash(T.next1, ln1));
    push(mixHash(T.next2, n2 ? n2.lower : BOUNDARY_AFTER));
    push(mixHash(T.shapePrev1, sp1));
    push(mixHash(T.shapeNext1, sn1));
    push(mixHash(T.shapePrev2, p2 ? p2.shape : BOUNDARY_BEFORE));
    push(mixHash(T.shapeNext2, n2 ? n2.shape : BOUNDARY_AFTER));
    push(mixHash(T.bigramPrev, mixHash(lp1, w.lower)));
    push(mixHash(T.bigramNext, mixHash(w.lower, ln1)));
    push(mixHash(T.shapeTri, mixHash(mixHash(sp1, w.shape), sn1)));
    push(mixHash(T.shapeBiPrev, mixHash(sp1, w.shape)));
    push(mixHash(T.shapeBiNext, mixHash(w.shape, sn1)));
    push(mixHash(T.lowerShapePrev, mixHash(lp1, w.shape)));
    if (i === 0 || (p1 && !p1.hasLower && !p1.capitalised)) push(mixHash(T.initial, w.shape));
    if (headline) {
      push(mixHash(T.headline, w.shape));
      push(mixHash(T.headlineLower, w.lower));
    }
    pushGazetteer(push, gaz, i, n, w.shape);
    pushNameRun(push, words, runs, i);
    if (w.capitalised) pushDocCase(push, w, i, headline, stats);
  }
  return buffer.finish(n);
}

/** Name runs of a sentence: for each word, the run's first and last index, or -1 outside a run. */
interface NameRuns {
  first: Int32Array;
  last: Int32Array;
}

/**
 * Finds runs of two or more capitalised words joined by lower-case name words ("Center for
 * Strategic and International Studies"). A joiner belongs to a run only between capitalised words.
 */
function nameRuns(words: readonly WordInfo[]): NameRuns {
  const first = new Int32Array(words.length).fill(-1);
  const last = new Int32Array(words.length).fill(-1);
  const titled = (k: number) => k < words.length && words[k].capitalised && words[k].hasLower;
  let i = 0;
  while (i < words.length) {
    if (!titled(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (titled(end)) end++;
      else if (end + 1 < words.length && NAME_JOINERS.has(words[end].lowerText) && titled(end + 1)) end += 2;
      else break;
    }
    if (end - i >= 2) {
      first.fill(i, i, end);
      last.fill(end - 1, i, end);
    }
    i = end;
  }
  return { first, last };
}

/** The first and last word of the name run around a word, and its length: a run's head word ("Studies") types all of it. */
function pushNameRun(push: (h: number) => void, words: readonly WordInfo[], runs: NameRuns, i: number): void {
  const first = runs.first[i];
  if (first < 0) return;
  const last = runs.last[i];
  const position = i === first ? 0 : i === last ? 2 : 1;
  push(mixHash(T.runFirst, mixHash(position, words[first].lower)));
  push(mixHash(T.runLast, mixHash(position, words[last].lower)));
  push(mixHash(T.runLength, Math.min(last - first + 1, 6) * 3 + position));
}

function pushGazetteer(
  push: (h: number) => void,
  gaz: Uint8Array,
  i: number,
  n: number,
  shape: number,
): void {
  const g = gaz[i];
  if (g !== 0) {
    push(mixHash(T.gaz, g));
    push(mixHash(T.gazShape, mixHash(g, shape)));
  }
  if (i > 0 && gaz[i - 1] !== 0) push(mixHash(T.gazPrev, gaz[i - 1]));
  if (i + 1 < n && gaz[i + 1] !== 0) push(mixHash(T.gazNext, gaz[i + 1]));
}

/** How the same word is written elsewhere in the document: a capitalised "May" also seen as "may". */
function pushDocCase(
  push: (h: number) => void,
  w: WordInfo,
  i: number,
  headline: boolean,
  stats: DocStats,
): void {
  const lower = stats.lowerSeen.get(w.lowerText) ?? 0;
  const cap = stats.capSeen.get(w.lowerText) ?? 0;
  const initial = i === 0 || headline;
  push(mixHash(T.docLower, (lower > 0 ? 1 : 0) + (initial ? 2 : 0)));
  push(mixHash(T.docCap, (cap > (initial ? 0 : 1) ? 1 : 0) + (initial ? 2 : 0) + (headline ? 4 : 0)));
  if (headline) push(mixHash(T.docShape, (cap > 0 ? 1 : 0) + (lower > 0 ? 2 : 0)));
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
