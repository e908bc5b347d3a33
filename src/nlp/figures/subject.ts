import type { Span } from '../../model/index.js';
import type { Context } from './exclusions.js';
import { lower, type NumberPhrase } from './numbers.js';
import { isContentWord, isDeterminer, phraseLeft, phraseRight } from './phrase.js';
import type { Quantity } from './qualify.js';

/** What a figure counts: the noun phrase and the unit it is measured in. */
export interface Subject {
  text: string | null;
  span: Span | null;
  unit: string | null;
}

/** The subject after the number ("2,500 North Korean troops"), else before it ("the number of dead at 600,000"). */
export function findSubject(ctx: Context, q: Quantity): Subject {
  const n = q.high ?? q.number;
  const money = n.currency;
  const after = subjectAfter(ctx, q.last, n);
  const found = after ?? subjectBefore(ctx, q.first);
  const span = found ? { start: ctx.tokens[found.first].start, end: ctx.tokens[found.last - 1].end } : null;
  const text = span ? ctx.text.slice(span.start, span.end) : null;
  return { text, span, unit: money ?? (n.percent ? 'percent' : (n.measure ?? unitOf(ctx, found))) };
}

function subjectAfter(ctx: Context, at: number, n: NumberPhrase): { first: number; last: number } | null {
  const { tokens, end, lex } = ctx;
  let k = at;
  const w = lower(tokens, k, end);
  // A hyphen ties the number into a modifier ("a 40-year-old man"): that is no count.
  if (w === '-' && tokens[k].start === tokens[k - 1].end) return null;
  if (w === 'of' && (n.vague || n.percent || !n.digits)) k++;
  // "$1.2bn in military aid" names the money's use; "$4.5 billion in the third quarter" its time.
  else if (w === 'in' && n.currency && !isDeterminer(tokens[k + 1] ?? tokens[k], lex)) k++;
  else if (n.percent || n.currency) return null;
  const start = k;
  while (k < end && isDeterminer(tokens[k], lex)) k++;
  const last = phraseRight(tokens, k, end, lex);
  if (last === k) return null;
  if (k > start && lex.figures.timeNouns.has(tokens[k].text.toLowerCase())) return null;
  return { first: k, last };
}

function subjectBefore(ctx: Context, at: number): { first: number; last: number } | null {
  const { tokens, lex } = ctx;
  let k = at;
  while (k > ctx.first && at - k < 3 && lex.figures.subjectLinks.has(tokens[k - 1].text.toLowerCase())) k--;
  if (k === at) return null;
  let first = phraseLeft(tokens, k, ctx.first, lex);
  if (first === k) return null;
  while (first < k && isDeterminer(tokens[first], lex)) first++;
  // "the number of dead and wounded": the count noun names the measure, not the thing counted.
  if (
    first + 1 < k &&
    lex.figures.countNouns.has(tokens[first].text.toLowerCase()) &&
    tokens[first + 1].text.toLowerCase() === 'of'
  ) {
    first += 2;
    while (first < k && isDeterminer(tokens[first], lex)) first++;
  }
  return first < k && isContentWord(tokens[k - 1], lex) ? { first, last: k } : null;
}

/** The head noun of the subject as unit; "dead and wounded" count people. */
function unitOf(ctx: Context, found: { first: number; last: number } | null): string | null {
  if (!found) return null;
  const head = ctx.tokens[found.last - 1].text.toLowerCase();
  return ctx.lex.phrases.people.has(head) ? 'people' : head;
}
