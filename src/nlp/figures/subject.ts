import type { Context } from './exclusions.js';
import { moneySubject } from './money.js';
import { lower, type NumberPhrase } from './numbers.js';
import { isContentWord, isDeterminer, phraseLeft, phraseRight } from './phrase.js';
import type { Quantity } from './qualify.js';

/** What a figure counts and the unit it is measured in. */
export interface Subject {
  text: string | null;
  unit: string | null;
}

interface Found {
  first: number;
  last: number;
}

/**
 * The subject after the number ("2,500 North Korean troops"), else before it ("the number of dead
 * at 600,000"); money moved is "money raised by …"; points are a lead or a margin; "were killed"
 * counts people. Percent is a unit: the subject is what the percent is of.
 */
export function findSubject(ctx: Context, q: Quantity): Subject {
  const n = q.high ?? q.number;
  const unit = n.currency ?? (n.percent ? 'percent' : n.measure);
  const money = n.currency && !n.currency.includes(' per ') ? moneySubject(ctx, q.first, q.last) : null;
  if (money) return { text: money.text, unit };
  if (n.measure === ctx.lex.numbers.points.unit) return { text: pointsSubject(ctx, q.last), unit };
  const found = subjectAfter(ctx, q.last, n) ?? subjectBefore(ctx, q.first);
  const text = found ? ctx.text.slice(ctx.tokens[found.first].start, ctx.tokens[found.last - 1].end) : null;
  const people = peopleSubject(ctx, q, text);
  if (people) return { text: people, unit: unit ?? 'people' };
  return { text, unit: unit ?? unitOf(ctx, found) };
}

function subjectAfter(ctx: Context, at: number, n: NumberPhrase): Found | null {
  const { tokens, end, lex } = ctx;
  let k = at;
  const w = lower(tokens, k, end);
  // A hyphen ties the number into a modifier ("a 40-year-old man"): that is no count.
  if (w === '-' && tokens[k].start === tokens[k - 1].end) return null;
  if (w === 'of' && (n.vague || n.percent || !n.digits)) k++;
  // "$1.2bn in military aid" names the money's use; "$4.5 billion in the third quarter" its time.
  else if (w === 'in' && n.currency && !isDeterminer(tokens[k + 1] ?? tokens[k], lex)) k++;
  // "Six in 10 Virginia voters": a share names its population after it, like a count.
  else if ((n.percent && !n.share) || n.currency) return null;
  const start = k;
  while (k < end && isDeterminer(tokens[k], lex)) k++;
  const last = phraseRight(tokens, k, end, lex);
  if (last === k) return null;
  const head = tokens[k].text.toLowerCase();
  if ((k > start || w === 'in') && lex.figures.timeNouns.has(head)) return null;
  if (w === 'in' && lex.figures.months.has(head)) return null;
  return { first: k, last };
}

function subjectBefore(ctx: Context, at: number): Found | null {
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

/**
 * Points measure a lead or a margin: "a margin of error of 4.5 points", "led by 5 points", "a 16-point
 * margin". The noun after a hyphenated figure names it; else the sentence's lead or margin word.
 */
function pointsSubject(ctx: Context, last: number): string | null {
  const { tokens, end, lex } = ctx;
  const after = phraseRight(tokens, last, end, lex);
  const next = lower(tokens, last, end);
  if (after > last && next !== null && !lex.figures.incrementNouns.has(next))
    return ctx.text.slice(tokens[last].start, tokens[after - 1].end);
  const words = new Set<string>();
  for (let k = ctx.first; k < end; k++) words.add(tokens[k].text.toLowerCase());
  if (words.has('error')) return 'margin of error';
  for (const [word, subject] of lex.figures.pointSubjects) if (words.has(word)) return subject;
  return null;
}

/** "84 were killed", "killing 49", "the 53 wounded": people killed or wounded. */
function peopleSubject(ctx: Context, q: Quantity, found: string | null): string | null {
  const { tokens, end, lex } = ctx;
  const people = lex.figures.peopleVerbs;
  const word = (s: string | null) => (s === null ? undefined : people.get(s.toLowerCase()));
  const asFound = word(found);
  if (asFound) return `people ${asFound}`;
  if (found !== null) return null;
  let k = q.last;
  while (k < end && lex.phrases.be.has(tokens[k].text.toLowerCase())) k++;
  const passive = k > q.last ? word(lower(tokens, k, end)) : undefined;
  if (passive) return `people ${passive}`;
  const active = word(lower(tokens, q.first - 1, end));
  return active ? `people ${active}` : null;
}

/** The head noun of the subject as unit; "dead and wounded" count people. */
function unitOf(ctx: Context, found: Found | null): string | null {
  if (!found) return null;
  const head = ctx.tokens[found.last - 1].text.toLowerCase();
  return ctx.lex.phrases.people.has(head) ? 'people' : head;
}
