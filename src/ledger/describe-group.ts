import {
  type CountKey,
  type Measure,
  measureOf,
  type NameRef,
  sameTimeWords,
  sameValue,
} from '../compare/index.js';
import { formatNumber } from '../util/format.js';
import type { FigureGroup, FigureGroupLabel, FigureRevision, LedgerFigure, RunningTotal } from './types.js';

/*
 * What a group of figures says once grouped: its label (conflicting, revised, increment, agreeing,
 * single-source), its revisions and running total, its subject and the note a reader sees.
 * Grouping itself is `figures.ts`.
 */

/** A figure as the grouping reads it. */
export interface Entry {
  figure: LedgerFigure;
  key: CountKey;
  /** What the subject says it measures; a figure without one groups by its count key alone. */
  measure: Measure;
  claimant: NameRef;
  /** Order of reporting: the article's place in reporting order, then the figure's place in the article. */
  order: [number, number];
}

/** Whether two figures are given by the same claimant (both unattributed counts as the same). */
export type SameClaimant = (a: LedgerFigure, b: LedgerFigure) => boolean;

/** The outlet a figure comes from, or its article when the outlet is unknown. */
export function sourceOf(f: LedgerFigure): string {
  return f.outlet ?? f.citation.articleId;
}

export function describeGroup(
  group: Entry[],
  index: number,
  explicit: FigureRevision[],
  sameClaimant: SameClaimant,
): FigureGroup {
  const figures = group.map((e) => e.figure);
  const ids = new Set(figures.map((f) => `${f.citation.articleId}:${f.citation.span.start}`));
  const revisions = [
    ...explicit.filter((r) => ids.has(`${r.to.citation.articleId}:${r.to.citation.span.start}`)),
    ...updates(figures, sameClaimant),
  ];
  const revised = new Set(revisions.map((r) => r.from));
  const parts = partsOfTotals(figures);
  const counts = figures.filter((f) => !f.increment && !revised.has(f) && !parts.has(f));
  const sameMoment = findConflict(counts, sameClaimant);
  const moved = sameMoment ? null : progression(counts);
  if (moved) revisions.push(moved);
  // Different numbers that no revision or progression explains are a disagreement, whatever their days.
  const conflict = sameMoment ?? (revisions.length === 0 ? differingVoices(counts) : null);
  const total = runningTotal(group);
  // A conflict is what a reader must see first; a revision or an increment is told beside it.
  const label: FigureGroupLabel = conflict
    ? 'conflicting'
    : revisions.length > 0
      ? 'revised'
      : total
        ? 'increment'
        : new Set(figures.map(sourceOf)).size === 1
          ? 'single-source'
          : 'agreeing';
  return {
    id: `figures-${index + 1}`,
    label,
    subject: groupSubject(figures),
    unit: figures.find((f) => f.unit)?.unit ?? null,
    figures,
    total,
    revisions,
    note: noteFor(label, figures, conflict, total, revisions),
  };
}

/**
 * "another 1,500 on top of an initial 1,500, for a total of about 3,000": the initial count is a
 * part of the total its article gives, not a rival count. A part is a figure of the article of an
 * increment whose sum with it is another figure of that article.
 */
function partsOfTotals(figures: LedgerFigure[]): Set<LedgerFigure> {
  const parts = new Set<LedgerFigure>();
  for (const inc of figures) {
    if (!inc.increment) continue;
    const article = figures.filter((f) => f.citation.articleId === inc.citation.articleId && !f.increment);
    for (const part of article) {
      const sum = { ...part, value: part.value + inc.value, low: null, high: null };
      if (article.some((total) => total !== part && sameValue(sum, total))) parts.add(part);
    }
  }
  return parts;
}

/** Who gives a figure: its claimant, else its outlet, else its article. */
export function voiceOf(f: LedgerFigure): string {
  return f.claimant ?? f.outlet ?? f.citation.articleId;
}

/**
 * A named claimant giving a new number in a later report updated it ("two" deaths, then "three"):
 * that is not two sources disagreeing. Only the latest change per claimant is kept.
 */
function updates(figures: LedgerFigure[], sameClaimant: SameClaimant): FigureRevision[] {
  const out: FigureRevision[] = [];
  // Each figure is compared with the same claimant's latest earlier figure only: one change, one entry.
  for (let j = 0; j < figures.length; j++) {
    const b = figures[j];
    if (b.increment) continue;
    let prior = -1;
    for (let i = 0; i < j; i++) {
      const a = figures[i];
      if (a.increment || a.citation.articleId === b.citation.articleId || (a.date ?? '') >= (b.date ?? ''))
        continue;
      if (sameClaimant(a, b)) prior = i;
    }
    // A far bigger or smaller number is another count (troops "shipped" versus "being prepared"), not an update.
    if (prior >= 0 && !sameValue(figures[prior], b) && within(figures[prior], b, MAX_UPDATE_RATIO)) {
      out.push({ kind: 'update', outlet: b.outlet, claimant: b.claimant, from: figures[prior], to: b });
    }
  }
  return out;
}

/** Largest ratio between a claimant's old and new number for the change to count as an update. */
const MAX_UPDATE_RATIO = 3;

function within(a: LedgerFigure, b: LedgerFigure, ratio: number): boolean {
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return Math.max(x, y) <= ratio * Math.max(Math.min(x, y), Number.MIN_VALUE);
}

/** Reports of the same day describe the same moment (an undated report may be of any day). */
function sameDay(a: LedgerFigure, b: LedgerFigure): boolean {
  return !a.date || !b.date || a.date.slice(0, 10) === b.date.slice(0, 10);
}

/** A count that moved over the coverage ("at least 40" homes, then 137): its first and latest values. */
function progression(counts: LedgerFigure[]): FigureRevision | null {
  const dated = counts.filter((f) => f.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const first = dated[0];
  const last = dated.at(-1);
  if (!first || !last || sameValue(first, last) || sameDay(first, last)) return null;
  // Only named sources make a trend worth telling; unattributed small numbers are usually other counts.
  if (!first.claimant || !last.claimant) return null;
  return { kind: 'progression', outlet: last.outlet, claimant: null, from: first, to: last };
}

/** Two figures of different voices with different numbers, on any days; null when all counts agree. */
function differingVoices(figures: LedgerFigure[]): [LedgerFigure, LedgerFigure] | null {
  for (let i = 1; i < figures.length; i++) {
    if (!sameValue(figures[0], figures[i]) && voiceOf(figures[0]) !== voiceOf(figures[i]))
      return [figures[0], figures[i]];
  }
  return null;
}

/**
 * Two figures of different voices that give different numbers for the same moment: one source
 * contradicts another. Numbers of different days are a count that moved, not a disagreement.
 */
function findConflict(
  figures: LedgerFigure[],
  sameClaimant: SameClaimant,
): [LedgerFigure, LedgerFigure] | null {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const [a, b] = [figures[i], figures[j]];
      const sameVoice = voiceOf(a) === voiceOf(b) || sameClaimant(a, b);
      // "in December" and "now" are two moments, not two voices on one.
      const apart = !sameValue(a, b) && sameTimeWords(measureOf(a.subject), measureOf(b.subject));
      if (apart && !sameVoice && sameDay(a, b)) return [a, b];
    }
  }
  return null;
}

/** "another 1,500" after a base of 2,500 implies at least 4,000; the lowest base keeps it a floor. */
function runningTotal(group: Entry[]): RunningTotal | null {
  const firstIncrement = group.findIndex((e) => e.figure.increment);
  if (firstIncrement < 0) return null;
  const earlier = group.slice(0, firstIncrement);
  // When the increment was reported first, the other reports' counts still give the base.
  const bases = (earlier.length > 0 ? earlier : group).filter((e) => !e.figure.increment);
  if (bases.length === 0) return null;
  const base = bases.reduce((low, e) => (e.figure.value < low.figure.value ? e : low)).figure;
  const increments: LedgerFigure[] = [];
  for (const e of group.slice(firstIncrement)) {
    if (e.figure.increment && !increments.some((f) => f.value === e.figure.value)) increments.push(e.figure);
  }
  const atLeast = base.value + increments.reduce((sum, f) => sum + f.value, 0);
  return { atLeast, text: `at least ${formatNumber(atLeast)}`, parts: [base, ...increments] };
}

function groupSubject(figures: LedgerFigure[]): string {
  const tally = new Map<string, number>();
  for (const f of figures) {
    const s = (f.subject ?? f.unit ?? '').trim();
    if (s) tally.set(s, (tally.get(s) ?? 0) + 1);
  }
  // A subject of several words ("North Korean troops") says more than a bare unit ("troops").
  const words = (s: string) => Math.min(2, s.split(/\s+/).length);
  const best = [...tally].sort(
    (a, b) =>
      words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
  )[0];
  return best?.[0] ?? 'unspecified count';
}

function who(f: LedgerFigure): string {
  return f.claimant ?? f.outlet ?? 'an unnamed source';
}

function noteFor(
  label: FigureGroupLabel,
  figures: LedgerFigure[],
  conflict: [LedgerFigure, LedgerFigure] | null,
  total: RunningTotal | null,
  revisions: FigureRevision[],
): string {
  switch (label) {
    case 'revised':
      return revisions.map(describeRevision).join('; ');
    case 'conflicting':
      return conflict
        ? `${who(conflict[0])} gives ${conflict[0].text}; ${who(conflict[1])} gives ${conflict[1].text}`
        : '';
    case 'increment':
      return total
        ? `${total.parts.map((f) => `${f.text} (${who(f)})`).join(' + ')}: ${total.text} in all`
        : '';
    case 'single-source':
      return `only ${figures[0].outlet ?? 'one source'} gives this figure`;
    default:
      return `${new Set(figures.map(sourceOf)).size} sources agree`;
  }
}

function describeRevision(r: FigureRevision): string {
  if (r.kind === 'update') return `${r.claimant} updated ${r.from.text} to ${r.to.text}`;
  if (r.kind === 'progression')
    return `the count went from ${r.from.text} (${who(r.from)}) to ${r.to.text} (${who(r.to)})`;
  return `${r.outlet ?? 'a source'} changed ${r.from.text} to ${r.to.text}`;
}
