import { sameValue } from '../compare/index.js';
import {
  type FigureGroup,
  type FigureRevision,
  type LedgerFigure,
  type RunningTotal,
  voiceOf,
} from '../ledger/index.js';

/** A conflict names at most this many values, most widely reported first. */
const MAX_CONFLICTING = 3;
/** Revisions told per group. */
const MAX_REVISIONS = 2;

import { extract, generated, isUsed, numberOf, sentenceAt, standsAlone, type Workbench } from './context.js';
import type { BriefSection, BriefSentence } from './types.js';

function who(f: LedgerFigure): string {
  return f.claimant ?? f.outlet ?? 'one report';
}

/** The source sentence of a figure, copied once. */
function copy(w: Workbench, f: LedgerFigure, out: BriefSentence[]): void {
  const c = sentenceAt(w, f.citation);
  if (c && !isUsed(w, c) && standsAlone(w, c)) out.push(extract(w, c));
}

function cited(w: Workbench, f: LedgerFigure): number {
  return numberOf(w, f.citation.articleId);
}

function recordFigure(w: Workbench, f: LedgerFigure): void {
  w.figures.push({
    text: f.text,
    value: f.value,
    citations: [cited(w, f)],
    source: f.citation,
    derived: false,
  });
}

/** The distinct values of a group's counts, most widely reported first, each with one figure that names a claimant. */
function rankedValues(g: FigureGroup): LedgerFigure[] {
  const superseded = new Set(g.revisions.map((r) => r.from));
  const clusters: LedgerFigure[][] = [];
  for (const f of g.figures) {
    if (f.increment || superseded.has(f)) continue;
    const home = clusters.find((c) => sameValue(c[0], f));
    if (home) home.push(f);
    else clusters.push([f]);
  }
  const reach = (c: LedgerFigure[]) => new Set(c.map((f) => f.outlet ?? f.citation.articleId)).size;
  const voices = new Set<string>();
  const out: LedgerFigure[] = [];
  // Each value is told in a voice not yet heard, so a conflict always sets one source against another.
  for (const { c } of clusters
    .map((c, i) => ({ c, i }))
    .sort((a, b) => reach(b.c) - reach(a.c) || a.i - b.i)) {
    const f = c.find((x) => x.claimant && !voices.has(voiceOf(x))) ?? c.find((x) => !voices.has(voiceOf(x)));
    if (!f) continue;
    voices.add(voiceOf(f));
    out.push(f);
  }
  return out;
}

/** The other outlets' own wordings when they differ from the first's: "(more than 600,000)". */
function wordings(first: LedgerFigure, others: LedgerFigure[]): string {
  const texts = [...new Set(others.map((f) => f.text))].filter((t) => t !== first.text);
  return texts.length > 0 ? ` (given as ${listed(texts)})` : '';
}

function listed(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One paragraph per figure group: the figures in their sources' words, then how they relate. */
function groupParagraph(w: Workbench, g: FigureGroup): BriefSentence[] {
  const out: BriefSentence[] = [];
  const values = g.label === 'conflicting' ? rankedValues(g).slice(0, MAX_CONFLICTING) : [];
  // Reports differ when two reports do, or one article sets named claimants against each other;
  // an unattributed second figure of the same article is more likely another measure than a rival count.
  const rival = new Set(values.map((f) => cited(w, f))).size >= 2 || values.every((f) => f.claimant);
  if (values.length >= 2 && rival) conflictSentences(w, g, values, out);
  else for (const f of g.figures.slice(0, 1)) copy(w, f, out);
  // Shares do not add up: 5 percent and another 10 percent of different wholes make no 15 percent.
  if (g.total && !g.total.parts.some((f) => /%|per ?cent/i.test(f.text)))
    out.push(totalSentence(w, g, g.total));
  // One change per outlet or claimant: a second one of the same voice retells the first.
  const voices = new Set<string>();
  const revisions = g.revisions.filter((r) => {
    const voice = `${r.kind}:${r.kind === 'version' ? r.outlet : r.claimant}`;
    return !voices.has(voice) && Boolean(voices.add(voice));
  });
  for (const r of revisions.slice(0, MAX_REVISIONS)) out.push(revisionSentence(w, g, r));
  if (g.label === 'agreeing') {
    const also = alsoReportSentence(w, g);
    if (also) out.push(also);
  }
  return out;
}

/** The first two conflicting figures in their sources' words, then who gives which value. */
function conflictSentences(w: Workbench, g: FigureGroup, values: LedgerFigure[], out: BriefSentence[]): void {
  for (const f of values.slice(0, 2)) copy(w, f, out);
  for (const f of values) recordFigure(w, f);
  const parts = values.map((f) => `${f.text} according to ${who(f)} [${cited(w, f)}]`);
  out.push(
    generated(
      `Reports differ on ${g.subject}: ${listed(parts)}.`,
      values.map((f) => cited(w, f)),
    ),
  );
}

/** The floor that a base and its increments imply, as a derived figure citing each part. */
function totalSentence(w: Workbench, g: FigureGroup, total: RunningTotal): BriefSentence {
  const ns = total.parts.map((f) => cited(w, f));
  const parts = total.parts.map((f) => `${f.text} [${cited(w, f)}]`).join(' and ');
  for (const f of total.parts) recordFigure(w, f);
  w.figures.push({
    text: total.text,
    value: total.atLeast,
    citations: ns,
    source: null,
    derived: true,
  });
  return generated(
    `Taken together, the reports of ${parts} imply ${total.text} ${g.unit ?? g.subject} in all, a floor rather than a count.`,
    ns,
  );
}

/** "X and Y also report …" for the other sources of an agreeing figure, or null when there are none. */
function alsoReportSentence(w: Workbench, g: FigureGroup): BriefSentence | null {
  const [first, ...rest] = g.figures;
  const others = rest.filter((f) => cited(w, f) !== cited(w, first));
  if (others.length === 0) return null;
  for (const f of others) recordFigure(w, f);
  const named = [...new Set(others.flatMap((f) => (f.outlet ? [f.outlet] : [])))];
  const outlets = others.every((f) => f.outlet)
    ? named
    : [...named, named.length > 0 ? 'one more report' : 'Another report'];
  // "500 officers", but "£1,200" stays as written: its symbol already says what it counts.
  const what = first.unit && !/[£$€%]/.test(first.text) ? `${first.text} ${first.unit}` : first.text;
  const verb = outlets.length > 1 ? 'report' : 'reports';
  return generated(
    `${listed(outlets)} also ${verb} ${what}${wordings(first, others)}.`,
    others.map((f) => cited(w, f)),
  );
}

/**
 * Counts under ten of plain things ("two governments", "one official") are the grammar of a story,
 * not its figures; amounts of money and percentages are kept whatever their size.
 */
const MINOR_COUNT = 10;

function isMinor(g: FigureGroup): boolean {
  return g.figures.every((f) => Math.abs(f.value) < MINOR_COUNT && !/[£$€¥%]|per ?cent/i.test(f.text));
}

const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A group whose label says what is counted: a unit, and a subject that says more than the unit
 * ("Russian dead and wounded", not "states" or "percent"). Other groups pair numbers that may
 * measure different things.
 */
function isLabelled(g: FigureGroup): boolean {
  if (!g.unit || g.subject === 'unspecified count') return false;
  return bare(g.subject) !== bare(g.unit) && bare(g.subject) !== `${bare(g.unit)}s`;
}

/** Named claimants of several reports giving different values: a conflict worth telling even under a bare unit. */
function isRivalry(g: FigureGroup): boolean {
  const articles = new Set(g.figures.map((f) => f.citation.articleId));
  return g.label === 'conflicting' && articles.size >= 2 && g.figures.every((f) => f.claimant);
}

/** The figures section: conflicts first, then increments and revisions, then agreed and single-source figures. */
export function writeFigures(w: Workbench, groups: FigureGroup[], max: number): BriefSection | null {
  const paragraphs = groups
    .filter((g) => !isMinor(g) && (isLabelled(g) || isRivalry(g)))
    .slice(0, max)
    .map((g) => groupParagraph(w, g))
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return null;
  return { id: 'figures', heading: 'The figures', paragraphs };
}

/** How a number changed, in one cited sentence. */
function revisionSentence(w: Workbench, g: FigureGroup, r: FigureRevision): BriefSentence {
  const n = cited(w, r.to);
  recordFigure(w, r.to);
  if (r.kind === 'version') {
    return generated(`${r.outlet ?? 'One outlet'} changed its figure from ${r.from.text} to ${r.to.text}.`, [
      n,
    ]);
  }
  const m = cited(w, r.from);
  recordFigure(w, r.from);
  if (r.kind === 'update') {
    return generated(`${r.claimant} updated the figure from ${r.from.text} [${m}] to ${r.to.text} [${n}].`, [
      m,
      n,
    ]);
  }
  const on = (f: LedgerFigure) => (f.date ? ` on ${f.date.slice(0, 10)}` : '');
  return generated(
    `The count of ${g.subject} moved as the story developed: ${r.from.text} according to ${who(r.from)}${on(r.from)} [${m}], ${r.to.text} according to ${who(r.to)}${on(r.to)} [${n}].`,
    [m, n],
  );
}
