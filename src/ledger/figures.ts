import {
  countKey,
  type Identity,
  measureOf,
  nameIdentity,
  sameCount,
  sameMeasure,
  sameValue,
} from '../compare/index.js';
import type { Analysis, Figure } from '../model/index.js';
import { describeGroup, type Entry, type SameClaimant, sourceOf } from './describe-group.js';
import type { FigureGroup, FigureGroupLabel, FigureRevision, Revision } from './types.js';

/** Largest ratio between two figures of one group. */
const MAX_SPREAD = 20;

/**
 * Groups a story's figures by what they count and labels how each group's figures relate.
 * `analyses` come in reporting order; `identity` decides which claimants are one.
 */
export function reconcileFigures(
  analyses: Analysis[],
  revisions: Revision[] = [],
  identity: Identity = nameIdentity(),
): FigureGroup[] {
  const entries = analyses.flatMap((a, index) => a.figures.map((f) => toEntry(a, f, index)));
  const claimantOf = new Map(entries.map((e) => [e.figure, e.claimant]));
  const sameClaimant: SameClaimant = (a, b) => {
    const [ra, rb] = [claimantOf.get(a), claimantOf.get(b)];
    return ra !== undefined && rb !== undefined && identity.same(ra, rb);
  };
  entries.sort(byOrder);
  const groups: Entry[][] = [];
  // Figures whose subject says more than its unit form the groups; a bare "troops" then joins the
  // largest group it fits, so it cannot pull a narrower group ("special forces") its own way.
  const specific = entries.filter((e) => e.key.modifiers.size > 0);
  const bare = entries.filter((e) => e.key.modifiers.size === 0);
  const fits = (entry: Entry, g: Entry[]) =>
    g.every(
      (other) => sameCount(entry.key, other.key) && comparable(entry, other) && oneMeasure(entry, other),
    );
  for (const entry of specific) {
    const home = groups.find((g) => fits(entry, g));
    if (home) home.push(entry);
    else groups.push([entry]);
  }
  for (const entry of bare) {
    const home = groups.filter((g) => fits(entry, g)).sort((a, b) => b.length - a.length)[0];
    if (home) home.push(entry);
    else groups.push([entry]);
  }
  for (const g of groups) g.sort(byOrder);
  const explicit = revisions.flatMap((r) => revisionPairs(r, identity));
  const built = groups.map((g, i) => describeGroup(g, i, explicit, sameClaimant));
  return built.sort((a, b) => sourceCount(b) - sourceCount(a) || rank(a.label) - rank(b.label));
}

/**
 * Subjects that say what they measure must say the same ("money raised by Cruz" is not "money spent
 * by Cruz"); one exact number in two articles may name its scope differently. Figures whose
 * heads differ, or that have none, are left to the count key.
 */
function oneMeasure(a: Entry, b: Entry): boolean {
  // Heads that differ are left to the count key's own synonyms ("dead and wounded", "troops killed").
  if (a.measure.head === null || a.measure.head !== b.measure.head) return true;
  const loose =
    a.figure.citation.articleId !== b.figure.citation.articleId && a.figure.value === b.figure.value;
  return sameMeasure(a.measure, b.measure, loose);
}

/** Estimates of one count differ, but not by orders of magnitude: £1,200 and £45 million count different things. */
function comparable(a: Entry, b: Entry): boolean {
  const [x, y] = [Math.abs(a.figure.value), Math.abs(b.figure.value)];
  return Math.max(x, y) <= MAX_SPREAD * Math.max(Math.min(x, y), Number.MIN_VALUE);
}

function toEntry(a: Analysis, f: Figure, index: number): Entry {
  const { article } = a;
  return {
    figure: {
      text: f.text,
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      increment: f.increment,
      unit: f.unit,
      subject: f.subject,
      claimant: f.claimant,
      outlet: article.outlet,
      date: article.published,
      citation: { articleId: article.id, span: f.span },
    },
    key: countKey(f),
    measure: measureOf(f.subject, f.claimant),
    claimant: { name: f.claimant, articleId: article.id, entityId: f.claimantId ?? null },
    order: [index, f.span.start],
  };
}

function byOrder(a: Entry, b: Entry): number {
  return a.order[0] - b.order[0] || a.order[1] - b.order[1];
}

/** Figures of an article before and after a change that count the same thing for the same claimant. */
function revisionPairs(r: Revision, identity: Identity): FigureRevision[] {
  const out: FigureRevision[] = [];
  const ref = (a: Analysis, f: Figure) => ({
    name: f.claimant,
    articleId: a.article.id,
    entityId: f.claimantId ?? null,
  });
  for (const after of r.after.figures) {
    const key = countKey(after);
    const before = r.before.figures.find(
      (b) =>
        sameCount(countKey(b), key) &&
        ((b.claimant === null && after.claimant === null) ||
          identity.same(ref(r.before, b), ref(r.after, after))) &&
        b.increment === after.increment,
    );
    if (!before || sameValue(before, after)) continue;
    out.push({
      outlet: r.after.article.outlet,
      kind: 'version',
      claimant: null,
      from: toEntry(r.before, before, 0).figure,
      to: toEntry(r.after, after, 0).figure,
    });
  }
  return out;
}

function sourceCount(g: FigureGroup): number {
  return new Set(g.figures.map(sourceOf)).size;
}

const LABEL_RANK: Record<FigureGroupLabel, number> = {
  conflicting: 0,
  revised: 1,
  increment: 2,
  agreeing: 3,
  'single-source': 4,
};

function rank(label: FigureGroupLabel): number {
  return LABEL_RANK[label];
}
