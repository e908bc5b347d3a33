import type { Figure } from '../../model/index.js';

/** What a figure measures, as far as carrying a left-out subject goes. */
export type FigureKind = 'count' | 'share' | 'other';

/** Where a figure sits and what the sentence says around it, for the carrying pass. */
export interface Slot {
  kind: FigureKind;
  sentence: number;
  /** "44 of the 50 delegates": the figure counts what the next one does. */
  ofNext: boolean;
  /** Whose count it is ("Rubio has 10", "to Rubio's 17"), null when the sentence names no one. */
  owner: string | null;
}

/** How many sentences back a left-out count head ("Cruz has 69") or a poll population ("Some 22 percent said") is found. */
const WINDOW: Record<FigureKind, number> = { count: 2, share: 4, other: 0 };

/**
 * Subjects the sentence leaves out, restored from the figures around: "Ted Cruz has 11 delegates
 * and Rubio has 10" → delegates of Rubio; "44 of the 50 delegates" → delegates; "Some 22 percent
 * said" after "55 percent of Sanders supporters" → Sanders supporters. A count's owner scopes it.
 */
export function carrySubjects(figures: readonly Figure[], slots: readonly Slot[]): Figure[] {
  const base = figures.map((f) => f.subject);
  for (let i = base.length - 2; i >= 0; i--)
    if (base[i] === null && slots[i].ofNext && slots[i + 1].sentence === slots[i].sentence)
      base[i] = base[i + 1];
  for (let i = 0; i < base.length; i++) {
    const { kind, sentence } = slots[i];
    if (base[i] !== null || kind === 'other') continue;
    // A count carries across sentences only to a named owner ("Ted Cruz also has 17").
    const window = kind === 'count' && slots[i].owner === null ? 0 : WINDOW[kind];
    for (let j = i - 1; j >= 0 && sentence - slots[j].sentence <= window; j--) {
      if (slots[j].kind === kind && base[j] !== null) {
        base[i] = base[j];
        break;
      }
    }
  }
  return figures.map((f, i) => {
    const subject = base[i];
    const owner = slots[i].owner;
    if (subject === f.subject && (owner === null || subject === null)) return f;
    return {
      ...f,
      subject: owner && subject && slots[i].kind === 'count' ? `${subject} of ${owner}` : subject,
    };
  });
}
