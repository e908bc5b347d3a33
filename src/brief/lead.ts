import { dice } from '../compare/index.js';
import { extract, isUsed, SAME_DEVELOPMENT, standsAlone, type Workbench } from './context.js';
import type { Candidate } from './sentences.js';
import type { BriefSection } from './types.js';

/** Only a paragraph's first sentences can lead. */
const LEAD_WINDOW = 3;

/** How many other articles report what a sentence says (counted once per brief). */
function support(w: Workbench, c: Candidate): number {
  return w.support.get(c) ?? 0;
}

/** Articles whose claims confirm something inside the sentence get a bonus: a confirmation is news. */
function confirmed(w: Workbench, c: Candidate): number {
  const claims = w.analyses[c.n - 1].claims;
  return claims.some(
    (k) => k.stance === 'confirms' && k.span.start >= c.span.start && k.span.end <= c.span.end,
  )
    ? 1
    : 0;
}

/** A sentence with fewer content words than this says less than a lead should. */
const INFORMATIVE_WORDS = 8;

/**
 * Ranks sentences for the lead: support across articles (central), a confirmation, being early
 * in its article, then being informative and recent (sources are numbered oldest first).
 */
export function leadScore(w: Workbench, c: Candidate): number {
  const recent = w.sources.length > 1 ? (c.n - 1) / (w.sources.length - 1) : 0;
  const informative = Math.min(c.words.length, INFORMATIVE_WORDS) / INFORMATIVE_WORDS;
  return (
    support(w, c) * 2 +
    confirmed(w, c) * 3 +
    (c.index === 0 ? 1 : 0) -
    c.index * 0.25 +
    informative +
    recent * 0.5
  );
}

function best(w: Workbench, pool: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const c of pool) {
    const s = leadScore(w, c);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

/**
 * The lead: the best-supported development, then the latest article's news when it adds
 * something, each cited to the article it is from.
 */
export function writeLead(w: Workbench): BriefSection | null {
  // A lead says what happened in the writer's words: no question, no opening quotation.
  const early = w.candidates.filter(
    (c) =>
      c.index < LEAD_WINDOW && !c.question && !/^[“"‘']/.test(c.text) && !isUsed(w, c) && standsAlone(w, c),
  );
  // A short opener ("The question sounds simple.") leads only when nothing says more.
  const telling = early.filter((c) => c.words.length >= INFORMATIVE_WORDS);
  const first = best(w, telling.length > 0 ? telling : early);
  if (!first) return null;
  const paragraph = [extract(w, first)];
  // The latest article's top sentence, when it reports something the first does not.
  const dated = (c: Candidate) => w.sources[c.n - 1].published !== null;
  const fresh = [...telling]
    .reverse()
    .filter((c) => c.index === 0 && c.n !== first.n && dice(c.words, first.words) < SAME_DEVELOPMENT);
  const latest = fresh.find(dated) ?? fresh[0];
  if (latest) paragraph.push(extract(w, latest));
  return { id: 'lead', heading: null, paragraphs: [paragraph] };
}

/** Background: the best-supported sentences not yet used, in source order. */
export function writeContext(w: Workbench, max: number): BriefSection | null {
  const seen = new Set<string>();
  // Syndicated copies share a text: the first stands for all (extract cites every copy).
  const pool = w.candidates.filter(
    (c) => !c.question && !isUsed(w, c) && standsAlone(w, c) && !seen.has(c.text) && seen.add(c.text),
  );
  const chosen = pool
    .map((c) => ({ c, s: support(w, c) - c.index * 0.05 }))
    .sort((a, b) => b.s - a.s || a.c.n - b.c.n || a.c.index - b.c.index)
    .slice(0, max)
    .map((x) => x.c)
    .sort((a, b) => a.n - b.n || a.index - b.index);
  if (chosen.length === 0) return null;
  return { id: 'context', heading: 'Context', paragraphs: [chosen.map((c) => extract(w, c))] };
}
