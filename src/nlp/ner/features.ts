import { clusterOf, type WordClusters } from './clusters.js';
import { FeatureBuffer } from './feature-buffer.js';
import { hashString, mixHash, T } from './feature-hash.js';
import { externalMarks, type Gazetteer, matchGazetteer, trainingMarks } from './gazetteer.js';
import { isTitleCase, normaliseWord, wordShape } from './word-forms.js';

/** What the feature extractor needs besides the words: word lists learnt from the training data. */
export interface FeatureContext {
  gazetteer: Gazetteer;
  /** Word clusters learnt from unlabelled news; empty: no cluster features. */
  clusters: WordClusters;
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
  /** Fine cluster (0–255) and coarse cluster × 256, or -1 outside the clustered words. */
  cluster: number;
  lowerText: string;
  capitalised: boolean;
  allCaps: boolean;
  hasLower: boolean;
}

/** Lower-case words that may join the capitalised words of one name ("Center for … and … Studies"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'the', 'on', 'du', 'la', 'von', 'van']);

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');

function wordInfo(word: string, clusters: WordClusters): WordInfo {
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
    cluster: clusterOf(clusters, word),
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
        info = wordInfo(normaliseWord(w), ctx.clusters);
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
    if (ctx.clusters.size > 0) pushClusters(push, w, p1, n1);
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

/** The word's fine and coarse cluster (or that it has none) and its neighbours' fine clusters. */
function pushClusters(
  push: (h: number) => void,
  w: WordInfo,
  p1: WordInfo | null,
  n1: WordInfo | null,
): void {
  // 0–255 a cluster, 256 a word outside the clustered ones, 257 the sentence boundary.
  const fine = (info: WordInfo | null) => (info ? (info.cluster < 0 ? 256 : info.cluster & 0xff) : 257);
  push(mixHash(T.cluster, fine(w)));
  push(mixHash(T.clusterCoarse, w.cluster < 0 ? -1 : w.cluster >> 8));
  push(mixHash(T.clusterShape, mixHash(fine(w), w.shape)));
  push(mixHash(T.clusterPrev, fine(p1)));
  push(mixHash(T.clusterNext, fine(n1)));
}

/** The gazetteer marks of a word and its neighbours, training-data and external names apart. */
function pushGazetteer(
  push: (h: number) => void,
  gaz: Uint16Array,
  i: number,
  n: number,
  shape: number,
): void {
  pushMarks(push, GAZ_TRAINING, trainingMarks, gaz, i, n, shape);
  pushMarks(push, GAZ_EXTERNAL, externalMarks, gaz, i, n, shape);
}

/** Feature templates of one kind of gazetteer mark: here, here with the word's shape, before, after. */
interface MarkTemplates {
  here: number;
  shape: number;
  prev: number;
  next: number;
}

const GAZ_TRAINING: MarkTemplates = { here: T.gaz, shape: T.gazShape, prev: T.gazPrev, next: T.gazNext };
const GAZ_EXTERNAL: MarkTemplates = { here: T.ext, shape: T.extShape, prev: T.extPrev, next: T.extNext };

function pushMarks(
  push: (h: number) => void,
  templates: MarkTemplates,
  part: (marks: number) => number,
  gaz: Uint16Array,
  i: number,
  n: number,
  shape: number,
): void {
  const g = part(gaz[i]);
  if (g !== 0) {
    push(mixHash(templates.here, g));
    push(mixHash(templates.shape, mixHash(g, shape)));
  }
  if (i > 0 && part(gaz[i - 1]) !== 0) push(mixHash(templates.prev, part(gaz[i - 1])));
  if (i + 1 < n && part(gaz[i + 1]) !== 0) push(mixHash(templates.next, part(gaz[i + 1])));
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
