import type { Context } from './exclusions.js';
import { moneySubject } from './money.js';
import { lower, type NumberPhrase } from './numbers.js';
import {
  isContentWord,
  isDeterminer,
  isNumberToken,
  isPossessive,
  isVerbModifier,
  phraseLeft,
  phraseRight,
} from './phrase.js';
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
  const lead = leadBy(ctx, q.first);
  if (lead) return { text: lead, unit: unit ?? unitOf(ctx, subjectAfter(ctx, q.last, n)) };
  const found =
    subjectAfter(ctx, q.last, n) ?? subjectBefore(ctx, q.first) ?? (n.percent ? among(ctx, q.first) : null);
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
  // "Six in 10 Virginia voters": a share names its population after it, like a count;
  // "a $12 minimum wage", "a $500 annual tax credit": money names what it is.
  else if ((n.percent && !n.share) || (n.currency && !isModified(ctx, k))) return null;
  const start = k;
  while (
    k < end &&
    (isDeterminer(tokens[k], lex) ||
      (w === 'of' && lex.figures.demonstratives.has(tokens[k].text.toLowerCase())))
  )
    k++;
  const last = phraseRight(tokens, k, end, lex);
  if (last === k) return null;
  const head = tokens[k].text.toLowerCase();
  if ((k > start || w === 'in') && lex.figures.timeNouns.has(head)) return null;
  if (w === 'in' && lex.figures.months.has(head)) return null;
  return { first: k, last };
}

/** A lowercase noun right after money: "a $12 minimum wage" (not "$5 million annually"). */
function isModified(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return k < ctx.end && /^\p{Ll}+$/u.test(t.text) && !t.text.endsWith('ly') && isContentWord(t, ctx.lex);
}

function subjectBefore(ctx: Context, at: number): Found | null {
  const { tokens, lex } = ctx;
  // "Rubio has 10": who has the count is its owner, not what it counts.
  if (at > ctx.first && lex.figures.ownerVerbs.has(tokens[at - 1].text.toLowerCase())) return null;
  let k = at;
  while (k > ctx.first && at - k < 3 && lex.figures.subjectLinks.has(tokens[k - 1].text.toLowerCase())) k--;
  // "California's minimum wage, now $10 an hour": an apposition.
  if (k < at && k - 1 > ctx.first && tokens[k - 1].text === ',' && tokens[k].text.toLowerCase() === 'now')
    k--;
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
  return first < k && isContentWord(tokens[k - 1], lex) ? trimBefore(ctx, first, k) : null;
}

/** The phrase before a number as a subject, or null when it is another figure or a bare name. */
function trimBefore(ctx: Context, first: number, k: number): Found | null {
  const { tokens, lex } = ctx;
  // "49 percent to 47 percent", "leads Trump by 49 percent": another figure or a bare name is no subject.
  const words = tokens.slice(first, k);
  if (words.some((t) => isNumberToken(t, lex) || lex.numbers.percentWords.has(t.text.toLowerCase())))
    return null;
  const opens = first === ctx.first && k - first === 1;
  if (!opens && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  // "called for the national minimum wage, now $7.25": the phrase starts after its last determiner.
  for (let j = k - 1; j > first; j--)
    if (isDeterminer(tokens[j], lex)) return j + 1 < k ? { first: j + 1, last: k } : null;
  return { first, last: k };
}

/** "Clinton led by about 1,500 votes": a count after "led by" measures the lead. */
function leadBy(ctx: Context, first: number): string | null {
  if (first - 2 < ctx.first || ctx.tokens[first - 1].text.toLowerCase() !== 'by') return null;
  const verb = ctx.tokens[first - 2].text.toLowerCase();
  return ctx.lex.figures.pointSubjects.find(([w]) => w === verb)?.[1] ?? null;
}

/** "Among likely voters in a four-way race, 46 percent would choose Clinton": the population of a share. */
function among(ctx: Context, before: number): Found | null {
  const { tokens, lex } = ctx;
  for (let k = ctx.first; k < before - 1; k++) {
    if (tokens[k].text.toLowerCase() !== 'among') continue;
    let first = k + 1;
    while (first < before && isDeterminer(tokens[first], lex)) first++;
    const last = phraseRight(tokens, first, before, lex);
    return last > first ? { first, last } : null;
  }
  return null;
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

/**
 * Whose count a figure is: "Rubio has 10", "Clinton now has at least 501", "he’s hauled in 81
 * delegates to Rubio’s 17". A name (capitalised words) before an owning verb or a possessive.
 */
export function countOwner(ctx: Context, first: number): string | null {
  const { tokens, lex } = ctx;
  let k = first;
  if (k > ctx.first && isPossessive(tokens[k - 1])) return nameEndingAt(ctx, k - 1);
  while (
    k > ctx.first &&
    isVerbModifier(tokens[k - 1], lex) &&
    !lex.figures.ownerVerbs.has(tokens[k - 1].text.toLowerCase())
  )
    k--;
  if (k <= ctx.first || !lex.figures.ownerVerbs.has(tokens[k - 1].text.toLowerCase())) return null;
  k--;
  while (k > ctx.first && isVerbModifier(tokens[k - 1], lex)) k--;
  return nameEndingAt(ctx, k);
}

/** The capitalised words right before `at` ("Sen. Ted Cruz"), null when the word there is no name. */
function nameEndingAt(ctx: Context, at: number): string | null {
  const { tokens } = ctx;
  let k = at;
  while (k > ctx.first && at - k < 4 && tokens[k - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1].text))
    k--;
  // A capital opening the sentence is no name unless another capital follows ("Clinton has").
  if (
    k === at ||
    (k === ctx.first && at - k === 1 && ctx.lex.phrases.functionWords.has(tokens[k].text.toLowerCase()))
  )
    return null;
  return ctx.text.slice(tokens[k].start, tokens[at - 1].end);
}

/** The head noun of the subject as unit; "dead and wounded" count people. */
function unitOf(ctx: Context, found: Found | null): string | null {
  if (!found) return null;
  const head = ctx.tokens[found.last - 1].text.toLowerCase();
  return ctx.lex.phrases.people.has(head) ? 'people' : head;
}
