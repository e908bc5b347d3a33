import type { Analysis, Claim, Figure, Quote } from '../model/index.js';

/** How one finding changed between two versions of an article. */
export interface Change<T> {
  change: 'added' | 'removed' | 'altered';
  /** The finding in the earlier version (null when added). */
  before: T | null;
  /** The finding in the later version (null when removed). */
  after: T | null;
  /** What changed, for people: "value 2500 → 3000", "speaker Austin → Ryder". */
  note: string;
}

/** What a revision changed: the figures, quotes and claims added, removed or altered. */
export interface RevisionDiff {
  figures: Change<Figure>[];
  quotes: Change<Quote>[];
  claims: Change<Claim>[];
  /** True when nothing in the three lists changed. */
  unchanged: boolean;
}

/** Compares two analysed versions of one article (same canonical URL, changed text). */
export function diffRevision(before: Analysis, after: Analysis): RevisionDiff {
  const figures = diffFindings(before.figures, after.figures, FIGURES);
  const quotes = diffFindings(before.quotes, after.quotes, QUOTES);
  const claims = diffFindings(before.claims, after.claims, CLAIMS);
  return { figures, quotes, claims, unchanged: figures.length + quotes.length + claims.length === 0 };
}

/** How to compare one kind of finding. */
interface Matcher<T> {
  /** The identity of an unchanged finding: equal keys, same finding. */
  key(a: T): string;
  /** Same finding, changed: how alike the two are (0 = unrelated), and what changed. */
  likeness(a: T, b: T): number;
  describe(a: T, b: T): string;
}

// Below this likeness two findings are different findings: one removed, one added.
const ALTERED_MIN = 0.5;
// Past this many candidate pairs (hostile input), leftovers are reported as removed and added, unpaired.
const MAX_PAIRS = 250_000;

/**
 * Pairs the findings of two versions: first the unchanged ones, then the most alike of the rest
 * (greedy by likeness, ties by order), so each finding is in at most one change.
 */
function diffFindings<T>(before: T[], after: T[], m: Matcher<T>): Change<T>[] {
  const leftB = new Set(before.map((_, i) => i));
  const leftA = new Set(after.map((_, i) => i));
  const byKey = new Map<string, number[]>();
  for (const j of leftA) {
    const key = m.key(after[j]);
    const list = byKey.get(key);
    if (list) list.push(j);
    else byKey.set(key, [j]);
  }
  for (const i of leftB) {
    const j = byKey.get(m.key(before[i]))?.shift();
    if (j === undefined) continue;
    leftB.delete(i);
    leftA.delete(j);
  }
  const pairs: { i: number; j: number; score: number }[] = [];
  if (leftB.size * leftA.size <= MAX_PAIRS) {
    for (const i of leftB) {
      for (const j of leftA) {
        const score = m.likeness(before[i], after[j]);
        if (score >= ALTERED_MIN) pairs.push({ i, j, score });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const changes: Change<T>[] = [];
  for (const { i, j } of pairs) {
    if (!leftB.has(i) || !leftA.has(j)) continue;
    leftB.delete(i);
    leftA.delete(j);
    changes.push({
      change: 'altered',
      before: before[i],
      after: after[j],
      note: m.describe(before[i], after[j]),
    });
  }
  for (const i of leftB) changes.push({ change: 'removed', before: before[i], after: null, note: 'removed' });
  for (const j of leftA) changes.push({ change: 'added', before: null, after: after[j], note: 'added' });
  return changes;
}

const FIGURES: Matcher<Figure> = {
  key: (a) => [a.value, norm(a.unit), a.qualifier, a.increment, norm(a.claimant), norm(a.subject)].join('|'),
  // The same count of the same thing (unit and subject), whatever its value: 2,500 → 3,000 troops.
  likeness: (a, b) => {
    if (norm(a.unit) !== norm(b.unit)) return 0;
    const subject = a.subject && b.subject ? overlap(a.subject, b.subject) : 0.5;
    const claimant = norm(a.claimant) === norm(b.claimant) ? 0.2 : 0;
    const value = a.value === b.value ? 0.2 : 0;
    // A bare number (no unit) is the same figure only if its subject says so.
    return (a.unit ? 0.3 : 0) + 0.5 * subject + claimant + value;
  },
  describe: (a, b) =>
    changes([
      ['value', a.value, b.value],
      ['qualifier', a.qualifier, b.qualifier],
      ['increment', a.increment, b.increment],
      ['claimant', a.claimant, b.claimant],
      ['subject', a.subject, b.subject],
    ]),
};

const QUOTES: Matcher<Quote> = {
  key: (a) => [norm(a.text), norm(a.speaker?.name), a.kind].join('|'),
  likeness: (a, b) => overlap(a.text, b.text),
  describe: (a, b) =>
    changes([
      ['words', norm(a.text) === norm(b.text) ? null : a.text, norm(a.text) === norm(b.text) ? null : b.text],
      ['speaker', a.speaker?.name ?? null, b.speaker?.name ?? null],
      ['kind', a.kind, b.kind],
    ]),
};

const CLAIMS: Matcher<Claim> = {
  key: (a) => [norm(a.text), a.stance, norm(a.claimant)].join('|'),
  likeness: (a, b) => overlap(a.text, b.text),
  describe: (a, b) =>
    changes([
      ['words', norm(a.text) === norm(b.text) ? null : a.text, norm(a.text) === norm(b.text) ? null : b.text],
      ['stance', a.stance, b.stance],
      ['claimant', a.claimant, b.claimant],
    ]),
};

function changes(fields: [string, unknown, unknown][]): string {
  const parts = fields
    .filter(([, x, y]) =>
      typeof x === 'string' || typeof y === 'string' ? norm(x as string) !== norm(y as string) : x !== y,
    )
    .map(([name, x, y]) => `${name} ${show(x)} → ${show(y)}`);
  return parts.join('; ') || 'position only';
}

function show(v: unknown): string {
  return v === null || v === undefined ? '—' : typeof v === 'string' ? `“${v}”` : String(v);
}

function norm(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Dice overlap of two texts' word sets: 1 for the same words, 0 for none shared. */
function overlap(a: string, b: string): number {
  const x = new Set(norm(a).split(' ').filter(Boolean));
  const y = new Set(norm(b).split(' ').filter(Boolean));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}
