import { tokenize } from '../nlp/index.js';

/** A word of a quote or source with its place in that text. */
export interface Word {
  norm: string;
  /** The word as written, for preferring a same-case match ("very serious" over "Very Serious"). */
  raw: string;
  start: number;
  end: number;
}

/** One step of a word alignment, read from the draft's side: `draft` and `source` are word index ranges. */
export interface WordOp {
  kind: 'same' | 'changed' | 'added' | 'dropped';
  draft: [number, number];
  source: [number, number];
}

/** How a draft passage lines up with the closest passage of a source. */
export interface Alignment {
  /** Word index range of the matched window in the source. */
  window: [number, number];
  ops: WordOp[];
  /** Share of the draft's words that the source has verbatim. */
  coverage: number;
  /** True when every draft word matches, in order, with nothing dropped between. */
  verbatim: boolean;
  /** Matched words written exactly alike, case included: breaks ties between equal coverages. */
  sameCase: number;
  /** The longest run of consecutive matched words. */
  longestRun: number;
}

/** Above this many DP cells an alignment is not attempted (hostile input must not blow up). */
const MAX_CELLS = 4_000_000;
/** A passage longer than this many words is not aligned: its regions alone would pass MAX_CELLS. */
export const MAX_ALIGN_WORDS = 1000;
const SCORE_SAME = 2;
const SCORE_CLOSE = 1;
const SCORE_MISS = -1;
const SCORE_GAP = -1;

/** The words of a text with their offsets, lower-cased, apostrophes straightened; punctuation dropped. */
export function wordsWithSpans(text: string, offset = 0): Word[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => ({
      norm: t.text.toLowerCase().replace(/’/g, "'"),
      raw: t.text,
      start: t.start + offset,
      end: t.end + offset,
    }));
}

/**
 * Two different words that are plainly the same word mangled: a dropped or added letter run
 * ("y" for "they", "re" for "there") or a small typo.
 */
export function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (long.length >= 3 && (long.endsWith(short) || long.startsWith(short))) return true;
  if (long.length < 4 || long.length - short.length > 2) return false;
  // Cheap gate before the edit distance: a one-letter slip keeps the first or the last letter.
  if (short[0] !== long[0] && short.at(-1) !== long.at(-1)) return false;
  return editDistance(short, long) <= 1;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Aligns all of `draft` against the best-matching stretch of `source` (semi-global alignment:
 * free start and end in the source). Returns null when nothing lines up or the input is too large.
 */
export function alignWords(draft: Word[], source: Word[]): Alignment | null {
  const n = draft.length;
  const m = source.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return null;
  const table = fillTable(draft, source);
  const { score, width } = table;
  let endJ = 0;
  // On a tie the earlier end wins: extra words at the end of a quote read as added, not changed.
  for (let j = 1; j <= m; j++) if (score[n * width + j] > score[n * width + endJ]) endJ = j;
  const { steps, startJ } = backtrace(table, draft, source, endJ);
  const ops = mergeSteps(steps);
  const same = steps.filter((s) => s.kind === 'same');
  if (same.length === 0) return null;
  const verbatim = same.length === n && ops.every((o) => o.kind === 'same');
  const sameCase = same.filter((s) => draft[s.i].raw === source[s.j].raw).length;
  const longestRun = Math.max(...ops.filter((o) => o.kind === 'same').map((o) => o.draft[1] - o.draft[0]));
  return { window: [startJ, endJ], ops, coverage: same.length / n, verbatim, sameCase, longestRun };
}

/** One step of an alignment: a draft word `i` against a source word `j`. */
type Step = { kind: WordOp['kind']; i: number; j: number };

/** The dynamic-programming table of an alignment: the best score of each cell and the move that reached it. */
interface AlignmentTable {
  score: Float64Array;
  /** 0 = from diagonal, 1 = draft word unmatched (added), 2 = source word skipped (dropped). */
  move: Uint8Array;
  /** Cells per row: source length + 1. */
  width: number;
}

/** Fills the table: a free start anywhere in the source, gaps and misses costed by the SCORE_ constants. */
function fillTable(draft: Word[], source: Word[]): AlignmentTable {
  const n = draft.length;
  const m = source.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    score[i * width] = i * SCORE_GAP;
    move[i * width] = 1;
    for (let j = 1; j <= m; j++) {
      const a = draft[i - 1].norm;
      const b = source[j - 1].norm;
      const pair = a === b ? SCORE_SAME : closeWords(a, b) ? SCORE_CLOSE : SCORE_MISS;
      const diag = score[(i - 1) * width + j - 1] + pair;
      const up = score[(i - 1) * width + j] + SCORE_GAP;
      const left = score[i * width + j - 1] + SCORE_GAP;
      let best = diag;
      let how = 0;
      if (up > best) {
        best = up;
        how = 1;
      }
      if (left > best) {
        best = left;
        how = 2;
      }
      score[i * width + j] = best;
      move[i * width + j] = how;
    }
  }
  return { score, move, width };
}

/** Walks the table back from the end of the draft at source word `endJ`: the steps in order, and where in the source they start. */
function backtrace(
  { move, width }: AlignmentTable,
  draft: Word[],
  source: Word[],
  endJ: number,
): { steps: Step[]; startJ: number } {
  const steps: Step[] = [];
  let i = draft.length;
  let j = endJ;
  while (i > 0) {
    const how = j === 0 ? 1 : move[i * width + j];
    if (how === 0) {
      const kind = draft[i - 1].norm === source[j - 1].norm ? 'same' : 'changed';
      steps.push({ kind, i: i - 1, j: j - 1 });
      i--;
      j--;
    } else if (how === 1) {
      steps.push({ kind: 'added', i: i - 1, j });
      i--;
    } else {
      steps.push({ kind: 'dropped', i, j: j - 1 });
      j--;
    }
  }
  steps.reverse();
  return { steps, startJ: j };
}

function mergeSteps(steps: Step[]): WordOp[] {
  const ops: WordOp[] = [];
  for (const s of steps) {
    const di = s.kind === 'dropped' ? 0 : 1;
    const dj = s.kind === 'added' ? 0 : 1;
    const last = ops.at(-1);
    if (last && last.kind === s.kind) {
      last.draft[1] = s.i + di;
      last.source[1] = s.j + dj;
    } else {
      ops.push({ kind: s.kind, draft: [s.i, s.i + di], source: [s.j, s.j + dj] });
    }
  }
  return ops;
}

/**
 * Aligns `draft` against `source` only around the places where the draft's longer words occur, so
 * a quote is checked against a long article in near-linear time. Indices are into `source`.
 */
export function alignNear(draft: Word[], source: Word[]): Alignment | null {
  let best: Alignment | null = null;
  for (const found of alignEach(draft, source)) if (!best || better(found, best)) best = found;
  return best;
}

/**
 * The best alignment of `draft` at each place of `source` that shares its longer words, in source
 * order: a passage said twice in a source ("hell", a slogan) has one alignment per place, so the
 * caller can choose among equally good ones. Empty when nothing lines up or the draft is too long.
 * With the source's `WordIndex`, only the places of the draft's rarest words in the source are
 * aligned: a passage the source has shares them, and common words ("what", "said") would make a
 * region of every sentence.
 */
export function alignEach(draft: Word[], source: Word[], index?: WordIndex): Alignment[] {
  const n = draft.length;
  if (n === 0 || n > MAX_ALIGN_WORDS || source.length === 0) return [];
  const anchors = new Set(draft.filter((w) => w.norm.length >= 4).map((w) => w.norm));
  if (anchors.size === 0) for (const w of draft) anchors.add(w.norm);
  const places = index ? rarestPlaces(anchors, index) : allPlaces(anchors, source);
  const regions: [number, number][] = [];
  for (const j of places) {
    const lo = Math.max(0, j - 2 * n);
    const hi = Math.min(source.length, j + 2 * n);
    const last = regions.at(-1);
    if (last && lo <= last[1]) last[1] = hi;
    else regions.push([lo, hi]);
  }
  const out: Alignment[] = [];
  for (const [lo, hi] of regions) {
    const found = alignWords(draft, source.slice(lo, hi));
    if (found) out.push(shiftAlignment(found, lo));
  }
  return out;
}

/** Where each word of a text occurs (word indices in order), built once per text. */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

/** The places of every word of a text, for `alignEach`. */
export function indexWords(words: Word[]): WordIndex {
  const index = new Map<string, number[]>();
  words.forEach((w, j) => {
    const list = index.get(w.norm);
    if (list) list.push(j);
    else index.set(w.norm, [j]);
  });
  return index;
}

/** Anchors whose places are used: the rarest few of the draft's words found in the source. */
const RARE_ANCHORS = 3;

function rarestPlaces(anchors: Set<string>, index: WordIndex): number[] {
  const found = [...anchors]
    .map((a) => index.get(a))
    .filter((p): p is readonly number[] => p !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, RARE_ANCHORS);
  return [...new Set(found.flat())].sort((a, b) => a - b);
}

function allPlaces(anchors: Set<string>, source: Word[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < source.length; j++) if (anchors.has(source[j].norm)) out.push(j);
  return out;
}

/**
 * The part of an alignment that concerns draft words [from, to): its operations clipped to that
 * range (a source stretch dropped between two of its words stays; one dropped at its edges does
 * not), with coverage, verbatim and longest run recomputed for it. Null when none of its words matched.
 */
export function clipAlignment(a: Alignment, from: number, to: number): Alignment | null {
  const ops: WordOp[] = [];
  for (const o of a.ops) {
    if (o.kind === 'dropped') {
      if (o.draft[0] > from && o.draft[0] < to) ops.push(o);
      continue;
    }
    const lo = Math.max(o.draft[0], from);
    const hi = Math.min(o.draft[1], to);
    if (lo >= hi) continue;
    // Same and changed runs pair draft and source words one to one; added runs have no source words.
    const sourceLo = o.kind === 'added' ? o.source[0] : o.source[0] + (lo - o.draft[0]);
    const sourceHi = o.kind === 'added' ? o.source[1] : o.source[0] + (hi - o.draft[0]);
    ops.push({ kind: o.kind, draft: [lo, hi], source: [sourceLo, sourceHi] });
  }
  const same = ops.filter((o) => o.kind === 'same');
  if (same.length === 0) return null;
  const matched = same.reduce((n, o) => n + o.draft[1] - o.draft[0], 0);
  const paired = ops.filter((o) => o.kind !== 'added');
  return {
    window: [paired[0].source[0], paired.at(-1)?.source[1] ?? paired[0].source[1]],
    ops,
    coverage: matched / (to - from),
    verbatim: matched === to - from && ops.every((o) => o.kind === 'same'),
    sameCase: a.sameCase,
    longestRun: Math.max(...same.map((o) => o.draft[1] - o.draft[0])),
  };
}

/** Whether alignment `a` is a closer match than `b`: more words matched, then more of them in the same case. */
export function better(a: Alignment, b: Alignment): boolean {
  return a.coverage > b.coverage || (a.coverage === b.coverage && a.sameCase > b.sameCase);
}

function shiftAlignment(a: Alignment, by: number): Alignment {
  return {
    ...a,
    window: [a.window[0] + by, a.window[1] + by],
    ops: a.ops.map((o) => ({ ...o, source: [o.source[0] + by, o.source[1] + by] as [number, number] })),
  };
}

/** The text of a word range, taken verbatim from the text the words index. */
function sliceWords(text: string, words: Word[], range: [number, number]): string {
  if (range[1] <= range[0]) return '';
  return text.slice(words[range[0]].start, words[range[1] - 1].end);
}

/**
 * Describes how the draft's wording differs from the source's, one clause per difference:
 * `“y” where the source has “they”`, `adds “…” (no source)`, `drops “…”`. Empty when identical.
 */
export function describeDifferences(
  alignment: Alignment,
  draftText: string,
  draft: Word[],
  sourceText: string,
  source: Word[],
): string[] {
  const out: string[] = [];
  for (const [k, op] of alignment.ops.entries()) {
    // A changed word is shown with its unchanged neighbours: “say y have” reads better than “y”.
    const before = op.kind === 'changed' && alignment.ops[k - 1]?.kind === 'same' ? 1 : 0;
    const after = op.kind === 'changed' && alignment.ops[k + 1]?.kind === 'same' ? 1 : 0;
    const d = sliceWords(draftText, draft, [op.draft[0] - before, op.draft[1] + after]);
    const s = sliceWords(sourceText, source, [op.source[0] - before, op.source[1] + after]);
    if (op.kind === 'changed') out.push(`“${d}” where the source has “${s}”`);
    else if (op.kind === 'added') out.push(`adds “${d}”, which no source has`);
    else if (op.kind === 'dropped') out.push(`drops “${s}”`);
  }
  return out;
}
