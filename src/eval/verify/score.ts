import type { Span, VerifyReport } from '../../model/index.js';
import { type Draft, PERTURBATION_KINDS, type PerturbationKind } from './perturb.js';

/** How verify did on the benchmark: the share of each kind of planted error caught, and its false alarms. */
export interface VerifyScore {
  /** Per kind: planted errors, how many were caught, and the share. */
  caught: Record<PerturbationKind, { planted: number; caught: number; share: number }>;
  /** Items not about a planted error (every item of an untouched draft, the rest of a perturbed one). */
  untouchedItems: number;
  /** Of those, how many verify did not call supported. */
  falseAlarms: number;
  /** falseAlarms / untouchedItems. */
  falseAlarmRate: number;
  /** Untouched drafts with at least one false alarm, of all untouched drafts. */
  cleanDrafts: { clean: number; total: number };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Whether an item of the draft's report is about the planted error. */
export function aboutError(draft: Draft, span: Span): boolean {
  return draft.target.some((t) => overlaps(t, span));
}

/**
 * Scores verify's reports on the drafts: a planted error is caught when an item that is not
 * supported overlaps it (`Draft.target`); every other item should be supported, and one that is
 * not is a false alarm.
 */
export function scoreVerify(runs: { draft: Draft; report: VerifyReport }[]): VerifyScore {
  const caught = Object.fromEntries(
    PERTURBATION_KINDS.map((k) => [k, { planted: 0, caught: 0, share: 0 }]),
  ) as VerifyScore['caught'];
  let untouchedItems = 0;
  let falseAlarms = 0;
  const cleanDrafts = { clean: 0, total: 0 };
  for (const { draft, report } of runs) {
    const flagged = report.items.filter((i) => i.verdict !== 'supported');
    if (draft.kind !== 'none') {
      caught[draft.kind].planted++;
      if (flagged.some((i) => aboutError(draft, i.span))) caught[draft.kind].caught++;
    } else {
      cleanDrafts.total++;
      if (flagged.length === 0) cleanDrafts.clean++;
    }
    for (const item of report.items) {
      if (aboutError(draft, item.span)) continue;
      untouchedItems++;
      if (item.verdict !== 'supported') falseAlarms++;
    }
  }
  for (const k of PERTURBATION_KINDS) {
    caught[k].share = caught[k].planted > 0 ? caught[k].caught / caught[k].planted : 0;
  }
  return {
    caught,
    untouchedItems,
    falseAlarms,
    falseAlarmRate: untouchedItems > 0 ? falseAlarms / untouchedItems : 0,
    cleanDrafts,
  };
}
