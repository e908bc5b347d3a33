import {
  bothHold,
  measureOf,
  sameMeasure,
  sameTimeWords,
  sameValue,
  unitAsWritten,
} from '../compare/index.js';
import type { Figure } from '../model/index.js';
import type { PairDecision } from './pair.js';

/** A figure with where it was reported. */
export interface Reported {
  figure: Pick<
    Figure,
    'value' | 'low' | 'high' | 'qualifier' | 'increment' | 'unit' | 'subject' | 'claimant' | 'text'
  >;
  articleId: string;
  outlet: string | null;
  /** Publish date (ISO) of the article, or null. */
  date: string | null;
}

const day = (r: Reported) => r.date?.slice(0, 10) ?? null;
const rate = (unit: string | null) => (unit ?? '').split(' per ')[0];

/**
 * How two reported figures relate. Unrelated unless they are of one measure (see `sameMeasure`;
 * one exact number in two articles may name its event differently). Of one measure: an increment;
 * agreeing when the numbers are the same, or can both hold at one time; updated when the as-of time
 * moved (another day, or the subject says "in December" against "now") or one voice changed its
 * number; conflicting when different voices give numbers for one time that cannot both hold.
 */
export function relateFigures(a: Reported, b: Reported): PairDecision {
  const [fa, fb] = [a.figure, b.figure];
  // A change in points is of a share in percent ("54 percent", then "a 10-point increase").
  const change = fa.increment !== fb.increment;
  if (!change && rate(fa.unit) !== rate(fb.unit) && fa.unit !== null && fb.unit !== null) return 'unrelated';
  if (!change && (unitAsWritten(fa) === 'point') !== (unitAsWritten(fb) === 'point')) return 'unrelated';
  const [ma, mb] = [measureOf(fa.subject, fa.claimant), measureOf(fb.subject, fb.claimant)];
  const sameArticle = a.articleId === b.articleId;
  const oneNumber = !sameArticle && fa.value === fb.value && !fa.increment && !fb.increment;
  if (!sameMeasure(ma, mb, oneNumber)) return 'unrelated';
  if (fa.increment !== fb.increment) return 'increment';
  const sameTime = (sameArticle || day(a) === day(b)) && sameTimeWords(ma, mb);
  if (sameValue(fa, fb) || (sameTime && bothHold(fa, fb))) return 'agreeing';
  if (!sameTime) return 'updated';
  const voice = (r: Reported) => (r.figure.claimant ?? r.outlet ?? r.articleId).toLowerCase();
  return voice(a) === voice(b) ? 'updated' : 'conflicting';
}
