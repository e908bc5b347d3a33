/**
 * The similarity of an article to a story, as pure functions: facet-weighted cosines over
 * idf-weighted keys, a time decay, and a penalty when the texts date their events apart.
 */

/** The parts of an article's similarity to a story. */
export type Facet = 'words' | 'names' | 'persons' | 'numbers';
/** One number per facet. */
export type FacetSums = Record<Facet, number>;
/** Inverse document frequency of a key. */
export type Idf = (key: string) => number;

export const FACETS: readonly Facet[] = ['words', 'names', 'persons', 'numbers'];

const FACET_OF_KIND: Record<string, Facet> = {
  a: 'persons',
  w: 'words',
  n: 'names',
  e: 'names',
  p: 'names',
  '#': 'numbers',
  d: 'numbers',
};

export const DAY_MS = 86_400_000;

/** Keys start with their one-letter kind (`w:`, `n:`, `#:` …), so the first character names the facet. */
export function facetOf(key: string): Facet {
  return FACET_OF_KIND[key[0]] ?? 'words';
}

/** An article's weighted vector from its key counts: (1 + log count) × idf; non-positive counts are left out. */
export function vectorOf(keys: Readonly<Record<string, number>>, idf: Idf): Map<string, number> {
  const v = new Map<string, number>();
  for (const [key, count] of Object.entries(keys)) {
    if (!(count > 0)) continue;
    v.set(key, (1 + Math.log(count)) * idf(key));
  }
  return v;
}

/** A profile with each weight multiplied by its key's idf. */
export function weighted(profile: ReadonlyMap<string, number>, idf: Idf): Map<string, number> {
  const v = new Map<string, number>();
  for (const [k, w] of profile) v.set(k, w * idf(k));
  return v;
}

/** Squared norms per facet of a vector whose weights already carry idf. */
export function normsOf(v: ReadonlyMap<string, number>): FacetSums {
  const n = { words: 0, names: 0, persons: 0, numbers: 0 };
  for (const [k, x] of v) n[facetOf(k)] += x * x;
  return n;
}

/** Squared norms per facet of a raw profile once weighted by idf (without building the weighted copy). */
export function profileNorms(profile: ReadonlyMap<string, number>, idf: Idf): FacetSums {
  const n = { words: 0, names: 0, persons: 0, numbers: 0 };
  for (const [k, raw] of profile) {
    const y = raw * idf(k);
    n[facetOf(k)] += y * y;
  }
  return n;
}

/**
 * The facet-weighted mean of the per-facet cosines of an idf-weighted vector `a` and a raw profile
 * (weighted by idf here); `profileSums` are the profile's `profileNorms`. A facet empty on either side
 * adds nothing, but its weight still counts in the mean.
 */
export function similarity(
  a: ReadonlyMap<string, number>,
  aNorms: FacetSums,
  profile: ReadonlyMap<string, number>,
  profileSums: FacetSums,
  idf: Idf,
  weights: Readonly<FacetSums>,
): number {
  const dot = { words: 0, names: 0, persons: 0, numbers: 0 };
  for (const [k, x] of a) {
    const raw = profile.get(k);
    if (raw !== undefined) dot[facetOf(k)] += x * raw * idf(k);
  }
  let score = 0;
  for (const f of FACETS) {
    const norm = Math.sqrt(aNorms[f] * profileSums[f]);
    if (norm > 0) score += (weights[f] * dot[f]) / norm;
  }
  return score / (FACETS.reduce((sum, f) => sum + weights[f], 0) || 1);
}

/** How time spans decay a similarity. */
export interface TimeScale {
  /** Days over which a gap halves the similarity. */
  halfLifeDays: number;
  /** A gap longer than this many days makes the similarity 0. */
  maxGapDays: number;
}

/**
 * The decay for an article at time `t` (ms) and a story spanning `first`..`last`: 1 inside the span
 * or when a time is unknown, halving every `halfLifeDays` of gap, 0 past `maxGapDays`.
 */
export function timeFactor(
  first: number | null,
  last: number | null,
  t: number | null,
  scale: TimeScale,
): number {
  if (t === null || first === null || last === null) return 1;
  const gap = Math.max(0, t - last, first - t) / DAY_MS;
  if (gap > scale.maxGapDays) return 0;
  return 0.5 ** (gap / scale.halfLifeDays);
}

/**
 * The dates the texts give for their events: when every dated mention of the article (`mine`, ms) is
 * further than `maxGapDays` from every `d:` key of the story, they tell of two events (two earthquakes
 * years apart), and the similarity is multiplied by `conflict`; else (or with no dates on a side) by 1.
 */
export function eventTime(
  mine: readonly number[],
  storyKeys: Iterable<string>,
  maxGapDays: number,
  conflict: number,
): number {
  if (mine.length === 0) return 1;
  const theirs = datesOf(storyKeys);
  if (theirs.length === 0) return 1;
  for (const a of mine) for (const b of theirs) if (Math.abs(a - b) <= maxGapDays * DAY_MS) return 1;
  return conflict;
}

/** The day timestamps of `d:` keys. */
export function datesOf(keys: Iterable<string>): number[] {
  const out: number[] = [];
  for (const k of keys) {
    if (k[0] !== 'd') continue;
    const t = Date.parse(k.slice(2));
    if (Number.isFinite(t)) out.push(t);
  }
  return out;
}

/** The surname of a person key (`a:vincent jackson` → `jackson`), so "Jackson" and "Vincent Jackson" meet. */
function surname(key: string): string {
  const words = key.slice(2).split(' ');
  return words[words.length - 1];
}

/** Person weight per surname, from `a:` keys. */
function personWeights(keys: Iterable<[string, number]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, w] of keys) if (k[0] === 'a' && w > 0) out.set(surname(k), (out.get(surname(k)) ?? 0) + w);
  return out;
}

/** Mentions a person needs to be what an article is about: a quoted bystander is named up to three times. */
const MIN_PROTAGONIST = 4;

/** The surname that outweighs every other person at least `lead` times over, or null. */
function protagonistOf(persons: Map<string, number>, lead: number): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [name, w] of persons) {
    if (w > top || (w === top && best !== null && name < best)) {
      second = top;
      top = w;
      best = name;
    } else if (w > second) second = w;
  }
  return best !== null && top >= MIN_PROTAGONIST && top >= lead * second ? best : null;
}

/**
 * Whether an article and a story are about two different people: each has a clear protagonist (a
 * person outweighing every other `lead` times), they differ, and each side gives the other's
 * protagonist less than `share` of its own. Two DUI arrests of two players of one team are two
 * stories, though every word but the names is shared.
 */
export function protagonistsDiffer(
  article: Iterable<[string, number]>,
  story: Iterable<[string, number]>,
  lead = 2,
  share = 0.5,
): boolean {
  const mine = personWeights(article);
  const theirs = personWeights(story);
  const a = protagonistOf(mine, lead);
  const s = protagonistOf(theirs, lead);
  if (a === null || s === null || a === s) return false;
  const aTop = mine.get(a) ?? 0;
  const sTop = theirs.get(s) ?? 0;
  return (mine.get(s) ?? 0) < share * aTop && (theirs.get(a) ?? 0) < share * sTop;
}
