import type { Claim, Doc, Sentence, Span, Speaker, Stance, Token } from '../model/index.js';
import type { AttributionContext } from './attribution/context.js';
import { resolveSpan, type SpeakerHistory } from './attribution/resolve.js';
import { type Attribution, accordingTo, isCue, subjectOf } from './figures/claimant.js';
import type { Context } from './figures/exclusions.js';
import { lower } from './figures/numbers.js';
import { isAuxiliary, isPronoun, isVerbModifier } from './figures/phrase.js';
import { parseSourceList } from './sources.js';

/** A stance cue found in a sentence: its tokens, stance and the token where its proposition starts. */
interface Cue {
  /** The cue verb (its subject is read leftwards from here). */
  verb: number;
  first: number;
  last: number;
  stance: Stance;
  rule: string;
}

/** Most words after a closing attribution ("said on Saturday evening"). */
const TRAILING_WORDS = 4;
/** Longest proposition read, in tokens, so a run-on sentence with many cues stays linear. */
const MAX_PROPOSITION = 80;
/** How far after the cue "that" may come and still open the proposition ("confirmed on Wednesday that"). */
const THAT_WINDOW = 6;

/**
 * Finds the article's claims: attributed statements with their stance. Negation and tense are
 * read around the cue ("have previously denied" denies; "has not yet commented" declines; "did
 * not deny" is no claim). Statements inside quotation marks are left to the quote finder.
 * `span` covers the proposition (`text`), `clause` the claimant, cue and proposition.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over each sentence carries the quote depth, the last subject (for "… but denied …") and the last named claimant (for pronouns) from cue to cue; split, that state would be handed back and forth.
export function findClaims(attribution: AttributionContext): Claim[] {
  const { doc, lex, entities } = attribution;
  const claims: Claim[] = [];
  const named: SpeakerHistory = { named: [] };
  const headlines = parseSourceList(doc.text).sources.flatMap((r) =>
    r.span ? [r.span.start + r.title.length] : [],
  );
  for (const s of doc.sentences) {
    const ctx: Context = {
      text: doc.text,
      tokens: doc.tokens,
      first: s.first,
      end: clipToHeadline(doc, s, headlines),
      lex,
    };
    let quoteDepth = 0;
    let lastWho: Attribution | null = null;
    for (let k = s.first; k < ctx.end; k++) {
      if (doc.tokens[k].kind === 'quote') quoteDepth++;
      if (quoteDepth % 2 === 1) continue;
      const cue = readCue(ctx, k);
      if (!cue) continue;
      const who: Attribution | null = subjectOf(ctx, cue.verb) ?? sharedSubject(ctx, cue, lastWho);
      if (!who) continue;
      lastWho = who;
      const whoFirst = firstToken(doc.tokens, who.span.start, s.first);
      if (lex.claims.conditions.has(lower(doc.tokens, whoFirst - 1, s.last) ?? '')) continue;
      const trailing = isTrailing(ctx, whoFirst, cue);
      if (cue.stance === 'reports' && (nearQuote(ctx, who, cue) || (trailing && quoteBefore(ctx, whoFirst))))
        continue;
      const claimant = resolveSpan(doc, who.span, entities, named, lex);
      if (!claimant) continue;
      if (!who.pronoun) named.named.push(claimant);
      claims.push(toClaim(ctx, who, cue, claimant, trailing, claims.length));
      k = cue.last - 1;
    }
    const according = accordingTo(ctx);
    if (according) {
      const claimant = resolveSpan(doc, according.span, entities, named, lex);
      if (claimant) claims.push(accordingClaim(ctx, according, claimant, claims.length));
    }
  }
  return claims;
}

/** A source-list line ends with its outlet's name, which is no part of the headline's claim. */
function clipToHeadline(doc: Doc, s: Sentence, headlineEnds: number[]): number {
  if (s.start < doc.bodyEnd) return s.last;
  const end = headlineEnds.find((e) => e > s.start && e <= s.end);
  if (end === undefined) return s.last;
  let last = s.last;
  while (last > s.first && doc.tokens[last - 1].start >= end) last--;
  return last;
}

/** "The agency acknowledged the error but denied any cover-up": a second verb shares the first's subject. */
function sharedSubject(ctx: Context, cue: Cue, last: Attribution | null): Attribution | null {
  if (!last) return null;
  let j = cue.first;
  while (j > ctx.first && isVerbModifier(ctx.tokens[j - 1], ctx.lex)) j--;
  const w = lower(ctx.tokens, j - 1, ctx.end);
  if (w !== 'and' && w !== 'but') return null;
  return { ...last, cue: { first: cue.verb, last: cue.verb + 1 }, rule: 'shared-subject' };
}

/** The stance cue at token `k`, reading negation before it. */
function readCue(ctx: Context, k: number): Cue | null {
  const { tokens, end, lex } = ctx;
  const w = tokens[k].text.toLowerCase();
  // "declined to comment", "refused to confirm": whatever follows is declined.
  if (lex.cues.refusing.has(w) && lower(tokens, k + 1, end) === 'to') {
    const last = Math.min(end, k + 3);
    return { verb: k, first: k, last, stance: 'declines', rule: 'declined-to' };
  }
  const negation = negationBefore(ctx, k);
  // "could not be reached for comment".
  if (w === 'reached' && negation !== null && lower(tokens, k - 1, end) === 'be') {
    const last =
      lower(tokens, k + 1, end) === 'for' && lower(tokens, k + 2, end) === 'comment' ? k + 3 : k + 1;
    return { verb: k, first: negation, last, stance: 'declines', rule: 'not-reached' };
  }
  if (negation !== null && lex.cues.declinedWhenNegated.has(w)) {
    return { verb: k, first: negation, last: k + 1, stance: 'declines', rule: 'negated-statement' };
  }
  const stance = lex.cues.stance.get(w);
  if (stance === undefined || !isCue(ctx, k)) return null;
  // "found", "counted" claim something only with a clause ("a poll found that …"), not "some found nothing";
  // a figure right after them is still theirs (the figure finder reads those).
  if (lex.cues.needsThat.has(w) && lower(tokens, k + 1, end) !== 'that') return null;
  // Negated, a cue states nothing: "did not deny" is no denial (negated confirms and says decline, above).
  if (negation !== null) return null;
  return { verb: k, first: k, last: k + 1, stance, rule: `verb:${w}` };
}

/** The index of "not"/"never" before `k`, over auxiliaries and adverbs ("has not yet"), or null. */
function negationBefore(ctx: Context, k: number): number | null {
  const { tokens, first, lex } = ctx;
  const negations = lex.phrases.verbNegations;
  for (let j = k - 1; j >= Math.max(first, k - 4); j--) {
    const w = tokens[j].text.toLowerCase();
    if (negations.has(w)) {
      let a = j;
      while (
        a > first &&
        k - a < 6 &&
        isVerbModifier(tokens[a - 1], lex) &&
        !negations.has(tokens[a - 1].text.toLowerCase())
      )
        a--;
      return a;
    }
    if (!isVerbModifier(tokens[j], lex)) return null;
  }
  return null;
}

/** ", the fire service said." or ", officials said on Monday.": an attribution closing its sentence. */
function isTrailing(ctx: Context, whoFirst: number, cue: Cue): boolean {
  const { tokens } = ctx;
  if (whoFirst <= ctx.first || tokens[whoFirst - 1].text !== ',') return false;
  let words = 0;
  for (let k = cue.last; k < ctx.end; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (tokens[k].text.toLowerCase() === 'that' || ++words > TRAILING_WORDS) return false;
  }
  return true;
}

/** A quotation mark shortly before the claimant: the attribution closes a quote. */
function quoteBefore(ctx: Context, whoFirst: number): boolean {
  for (let k = whoFirst - 1; k >= Math.max(ctx.first, whoFirst - MAX_PROPOSITION); k--) {
    if (ctx.tokens[k].kind === 'quote') return true;
  }
  return false;
}

/** A say-verb next to a quotation mark introduces a direct quote: the quote finder's, not a claim. */
function nearQuote(ctx: Context, who: Attribution, cue: Cue): boolean {
  const { tokens } = ctx;
  const from = Math.max(ctx.first, firstToken(tokens, who.span.start, ctx.first) - 2);
  const to = Math.min(ctx.end, cue.last + 2);
  for (let k = from; k < to; k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

function toClaim(
  ctx: Context,
  who: Attribution,
  cue: Cue,
  claimant: Speaker,
  trailing: boolean,
  index: number,
): Claim {
  const { tokens, text } = ctx;
  const whoFirst = firstToken(tokens, who.span.start, ctx.first);
  // "Kim’s goal, Cha suggested, could be …": the proposition is around the attribution, the whole sentence.
  const parenthetical =
    whoFirst > ctx.first && tokens[whoFirst - 1].text === ',' && tokens[cue.last]?.text === ',';
  // "The fire burned 24,300 acres, the fire service said.": the proposition comes first.
  const before = trailing ? trim(ctx, Math.max(ctx.first, whoFirst - MAX_PROPOSITION), whoFirst - 1) : null;
  // "The governor, who denied wrongdoing, resigned": the relative clause ends at its comma.
  const whoEnd = firstToken(tokens, who.span.end, ctx.first);
  const relative =
    tokens[whoEnd]?.text === ',' && ctx.lex.claims.relatives.has(lower(tokens, whoEnd + 1, ctx.end) ?? '');
  const prop = before ?? (parenthetical ? trim(ctx, ctx.first, ctx.end) : proposition(ctx, cue, relative));
  const span = prop ?? { start: tokens[cue.first].start, end: tokens[cue.last - 1].end };
  const clauseStart = Math.min(who.span.start, span.start);
  const cueSpan = { start: tokens[cue.first].start, end: tokens[cue.last - 1].end };
  return {
    id: `claim-${index + 1}`,
    text: text.slice(span.start, span.end),
    claimant: claimant.name,
    claimantId: claimant.entityId,
    stance: cue.stance,
    span,
    clause: { start: clauseStart, end: Math.max(span.end, cueSpan.end) },
    cue: text.slice(cueSpan.start, cueSpan.end),
    rule: cue.rule,
  };
}

/** What the cue is about: after "that" when it comes soon, else after the cue, to the end of the clause. */
function proposition(ctx: Context, cue: Cue, relative: boolean): Span | null {
  const { tokens, end, lex } = ctx;
  let a = cue.last;
  for (let k = cue.last; k < Math.min(end, cue.last + THAT_WINDOW); k++) {
    // A pronoun or auxiliary first means the clause has begun: "said it would … that evening".
    if (
      tokens[k].text === ',' ||
      tokens[k].kind === 'quote' ||
      isPronoun(tokens[k], lex) ||
      isAuxiliary(tokens[k], lex)
    )
      break;
    if (tokens[k].text.toLowerCase() === 'that') {
      a = k + 1;
      break;
    }
  }
  if (a === cue.last && (lower(tokens, a, end) === 'on' || lower(tokens, a, end) === 'to')) a++;
  let b = a;
  while (b < end && b - a < MAX_PROPOSITION && !endsClause(ctx, b) && !(relative && tokens[b].text === ','))
    b++;
  return trim(ctx, a, b);
}

function endsClause(ctx: Context, k: number): boolean {
  const { tokens, end, lex } = ctx;
  const w = tokens[k].text;
  if (w === ';' || w === '—' || w === '–' || w === '(') return true;
  // "… the error but denied any cover-up": a second stance verb starts its own claim.
  if ((w === 'but' || w === 'and') && k + 1 < end) {
    let v = k + 1;
    while (v < end && v - k < 3 && isVerbModifier(tokens[v], lex)) v++;
    const next = lower(tokens, v, end) ?? '';
    if (lex.cues.stance.has(next) || lex.cues.refusing.has(next)) return true;
  }
  return w === ',' && lex.claims.clauseBreaks.has(lower(tokens, k + 1, end) ?? '');
}

/** The span of tokens `[a, b)` without edge punctuation, or null when nothing is left. */
function trim(ctx: Context, a: number, b: number): Span | null {
  const { tokens } = ctx;
  let x = a;
  let y = b;
  while (x < y && tokens[x].kind === 'punct') x++;
  while (y > x && tokens[y - 1].kind === 'punct') y--;
  return x < y ? { start: tokens[x].start, end: tokens[y - 1].end } : null;
}

/** "…, according to the ministry": a report of the rest of the sentence. */
function accordingClaim(ctx: Context, who: Attribution, claimant: Speaker, index: number): Claim {
  const { tokens, text } = ctx;
  const at = who.cue.first;
  const nameEnd = firstToken(tokens, who.span.end, ctx.first);
  const prop = at > ctx.first ? trim(ctx, ctx.first, at) : trim(ctx, nameEnd, ctx.end);
  const cueSpan = { start: tokens[at].start, end: tokens[at + 1].end };
  const span = prop ?? cueSpan;
  const sentence = { start: tokens[ctx.first].start, end: tokens[ctx.end - 1].end };
  return {
    id: `claim-${index + 1}`,
    text: text.slice(span.start, span.end),
    claimant: claimant.name,
    claimantId: claimant.entityId,
    stance: 'reports',
    span,
    clause: sentence,
    cue: text.slice(cueSpan.start, cueSpan.end),
    rule: 'according-to',
  };
}

/** The index of the token starting at or after `offset` (a binary search, so long sentences stay cheap). */
function firstToken(tokens: Token[], offset: number, first: number): number {
  let lo = first;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
