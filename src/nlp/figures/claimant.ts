import type { Span, Stance, Token } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import type { Context } from './exclusions.js';
import { lower } from './numbers.js';
import {
  isContentWord,
  isDeterminer,
  isNumberToken,
  isPossessive,
  isPronoun,
  isVerbModifier,
  MAX_PHRASE,
  phraseLeft,
} from './phrase.js';

/** Who a sentence attributes something to, and the cue that does it. */
export interface Attribution {
  /** The claimant as written ("South Korea’s spy chief"), evidence nouns stripped ("U.S. estimates" → "U.S."). */
  text: string;
  span: Span;
  /** The cue verb's token range ("have previously denied" → "denied"). */
  cue: { first: number; last: number };
  /** The claimant is a pronoun ("he said") for the caller to resolve. */
  pronoun: boolean;
  /** The stance an evidence noun gives ("U.S. estimates put…" estimates), or null. */
  evidence: Stance | null;
  rule: string;
}

/** How far back from a figure an attribution cue may sit, so long sentences stay linear. */
const LOOKBACK = 40;
/** Longest aside between a subject and its verb, in tokens. */
const ASIDE = 15;
/**
 * The attribution for a finding at tokens `[at, after)`: the sentence's "according to X" (found
 * once per sentence by the caller), then a cue before the finding, then ", X said" after it.
 */
export function findAttribution(
  ctx: Context,
  at: number,
  after: number,
  according: Attribution | null,
): Attribution | null {
  if (according) return according;
  const before = attributionBefore(ctx, at);
  if (before) return before;
  const closing = attributionAfter(ctx, after);
  return closing && isEvidenceEnough(ctx, closing.cue.first, closing) ? closing : null;
}

/** "…, according to the ministry": the phrase after "according to", anywhere in the sentence. */
export function accordingTo(ctx: Context): Attribution | null {
  const { tokens, end, lex } = ctx;
  for (let k = ctx.first; k + 2 < end; k++) {
    if (lower(tokens, k, end) !== 'according' || lower(tokens, k + 1, end) !== 'to') continue;
    const first = skipDeterminers(tokens, k + 2, end, lex);
    const last = nameRight(tokens, first, end, lex);
    if (last > first) return make(ctx, k + 2, last, { first: k, last: k + 2 }, 'according-to');
  }
  return null;
}

/**
 * A poll the sentence names, credited to whoever ran it: "in a recent Gallup survey", "In the
 * previous Washington Post/ABC News national poll", "a poll by Quinnipiac University". Null when the
 * poll has no capitalised owner ("a new poll").
 */
export function pollSource(ctx: Context): Attribution | null {
  const { tokens, end, lex } = ctx;
  for (let k = ctx.first; k < end; k++) {
    if (!lex.claims.pollNouns.has(tokens[k].text.toLowerCase())) continue;
    const by = lower(tokens, k + 1, end);
    if (by === 'by' || by === 'from') {
      const first = skipDeterminers(tokens, k + 2, end, lex);
      const last = nameRight(tokens, first, end, lex);
      if (last > first && /^\p{Lu}/u.test(tokens[first].text))
        return make(ctx, first, last, { first: k, last: k + 1 }, 'poll-by');
    }
    // "The AP-GfK Poll of 1,033 adults": the figure is the poll's sample, not its finding.
    if (by === 'of') continue;
    const owner = pollOwner(ctx, k);
    if (owner) return make(ctx, owner.first, owner.last, { first: k, last: k + 1 }, 'poll-owner');
  }
  return null;
}

/** Most lowercase words around a poll's owner ("a recent Gallup survey", "Washington Post/ABC News national poll"). */
const POLL_MODIFIERS = 2;

/** The capitalised owner between a determiner and the poll noun at `k`, or null. */
function pollOwner(ctx: Context, k: number): { first: number; last: number } | null {
  const { tokens, lex } = ctx;
  const floor = Math.max(ctx.first, k - MAX_PHRASE);
  let j = k - 1;
  const skipModifiers = () => {
    for (
      let n = 0;
      n < POLL_MODIFIERS && j >= floor && /^\p{Ll}/u.test(tokens[j].text) && !isDeterminer(tokens[j], lex);
      n++
    )
      j--;
  };
  skipModifiers();
  const last = j + 1;
  while (
    j >= floor &&
    ((tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) || /^[/&-]$/.test(tokens[j].text))
  )
    j--;
  const first = j + 1;
  if (first >= last) return null;
  skipModifiers();
  return j >= floor && isDeterminer(tokens[j], lex) ? { first, last } : null;
}

/** Whether a claimant names a poll's respondents ("8 percent of Democrats", "A majority of voters"). */
export function isRespondents(ctx: Context, a: Attribution): boolean {
  const head =
    a.text
      .split(/\s+(?:of|among)\s+/)[0]
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '';
  return ctx.lex.claims.respondents.has(head) || /^\d/.test(head);
}

/** The nearest attribution verb before `at` with its subject: "South Korea’s spy chief says … 1,500". */
export function attributionBefore(ctx: Context, at: number): Attribution | null {
  const stop = Math.max(ctx.first, at - LOOKBACK);
  for (let k = at - 1; k >= stop; k--) {
    if (!isCue(ctx, k)) continue;
    const found = subjectOf(ctx, k);
    if (found && isEvidenceEnough(ctx, k, found)) return found;
  }
  return null;
}

/** The subject of the cue verb at `k`: the phrase before it, past "have previously" and the like. */
export function subjectOf(ctx: Context, k: number): Attribution | null {
  const { tokens, lex } = ctx;
  let j = k;
  while (j > ctx.first && k - j < 4 && isVerbModifier(tokens[j - 1], lex)) j--;
  if (j > ctx.first && isPronoun(tokens[j - 1], lex)) {
    const t = tokens[j - 1];
    return {
      text: t.text,
      span: { start: t.start, end: t.end },
      cue: { first: k, last: k + 1 },
      pronoun: true,
      evidence: null,
      rule: 'pronoun',
    };
  }
  const first = phraseLeft(tokens, j, ctx.first, lex);
  if (first < j) return make(ctx, first, j, { first: k, last: k + 1 }, 'cue-before');
  const aside = beforeAside(ctx, j);
  if (aside !== null) {
    const start = phraseLeft(tokens, aside, ctx.first, lex);
    if (start < aside) return make(ctx, start, aside, { first: k, last: k + 1 }, 'cue-after-aside');
  }
  // "U.S. estimates put …": the evidence noun stands where the subject would, its owner before it.
  const noun = tokens[j - 1];
  if (j - 1 > ctx.first && noun && lex.claims.evidenceNouns.has(noun.text.toLowerCase())) {
    const owner = phraseLeft(tokens, j - 1, ctx.first, lex);
    if (owner < j - 1) return make(ctx, owner, j, { first: k, last: k + 1 }, 'evidence-owner');
    // "The report said": the evidence itself is the claimant.
    return make(ctx, j - 1, j, { first: k, last: k + 1 }, 'evidence');
  }
  return null;
}

/**
 * Where the subject ends when an aside stands between it and the verb: "A senior official,
 * speaking on condition of anonymity, said", "The governor, who denied wrongdoing". Null when none.
 */
function beforeAside(ctx: Context, j: number): number | null {
  const { tokens } = ctx;
  const w = lower(tokens, j - 1, ctx.end);
  if ((w === 'who' || w === 'which') && tokens[j - 2]?.text === ',' && j - 2 > ctx.first) return j - 2;
  if (w !== ',') return null;
  for (let c = j - 2; c > Math.max(ctx.first, j - ASIDE); c--) {
    const t = tokens[c].text;
    if (t === ',') return c;
    if (t === ';' || t === '.' || tokens[c].kind === 'quote') return null;
  }
  return null;
}

/** "…, officials said." / "…, said Victor Cha." after the finding. */
function attributionAfter(ctx: Context, at: number): Attribution | null {
  const { tokens, end, lex } = ctx;
  const sayAfter = lex.cues.figureAfter;
  for (let c = at; c < Math.min(end, at + LOOKBACK); c++) {
    if (tokens[c].text !== ',') continue;
    // “We lost 300 men,” he said: the attribution follows the closing quote.
    let s = c + 1;
    while (s < end && tokens[s].kind === 'quote') s++;
    const w = lower(tokens, s, end);
    if (w !== null && sayAfter.has(w)) {
      const first = skipDeterminers(tokens, s + 1, end, lex);
      const last = nameRight(tokens, first, end, lex);
      if (last > first) return make(ctx, s + 1, last, { first: s, last: s + 1 }, 'cue-after-inverted');
      continue;
    }
    if (s < end && isPronoun(tokens[s], lex) && sayAfter.has(lower(tokens, s + 1, end) ?? '')) {
      const t = tokens[s];
      const span = { start: t.start, end: t.end };
      return {
        text: t.text,
        span,
        cue: { first: s + 1, last: s + 2 },
        pronoun: true,
        evidence: null,
        rule: 'pronoun-after',
      };
    }
    const first = skipDeterminers(tokens, s, end, lex);
    const last = nameRight(tokens, first, end, lex);
    let v = last;
    while (v < end && v - last < 3 && isVerbModifier(tokens[v], lex)) v++;
    if (last > first && sayAfter.has(lower(tokens, v, end) ?? '')) {
      return make(ctx, s, last, { first: v, last: v + 1 }, 'cue-after');
    }
  }
  return null;
}

/** A cue that needs a record or study as its subject ("a poll showed") has one. */
function isEvidenceEnough(ctx: Context, cue: number, found: Attribution): boolean {
  if (!ctx.lex.cues.needsEvidence.has(ctx.tokens[cue].text.toLowerCase())) return true;
  // "It showed …" after a report, "A Bloomberg poll in June showed": a pronoun or any evidence word will do.
  const words = found.text.toLowerCase().split(/\s+/);
  return found.evidence !== null || found.pronoun || words.some((w) => ctx.lex.claims.evidenceNouns.has(w));
}

/** An attribution verb used as an active verb: not "the reported deaths", "three suspects", "was maintained", "reports of". */
export function isCue(ctx: Context, k: number): boolean {
  const { tokens, first, lex } = ctx;
  const w = tokens[k].text.toLowerCase();
  const next0 = tokens[k + 1]?.text.toLowerCase();
  const credits = lex.cues.credits.has(w) || (lex.cues.promises.has(w) && next0 === 'to');
  if (!lex.cues.stance.has(w) && !credits) return false;
  const prev = k > first ? tokens[k - 1] : undefined;
  if (prev && (isDeterminer(prev, lex) || isNumberToken(prev, lex) || isPassive(ctx, k))) return false;
  const next = tokens[k + 1]?.text.toLowerCase();
  // "people told to leave": an order passed on, not a statement.
  if (next === 'to' && lex.cues.orders.has(w)) return false;
  // "two people reported missing": a participle describing, not a verb stating.
  if (next !== undefined && lex.claims.states.has(next)) return false;
  if (!lex.cues.nounLike.has(w)) return true;
  // "U.S. estimates put …": a cue word before another cue verb is its subject, a noun.
  if (next !== undefined && lex.cues.stance.has(next)) return false;
  return next !== 'of' && next !== 'from' && next !== 'by' && next !== 'about';
}

/** "was poorly maintained", "is believed": a form of "be" before the verb makes it passive. */
function isPassive(ctx: Context, k: number): boolean {
  const { tokens, first, lex } = ctx;
  for (let j = k - 1; j >= Math.max(first, k - 3); j--) {
    const w = tokens[j].text.toLowerCase();
    if (lex.phrases.be.has(w)) return true;
    if (!isVerbModifier(tokens[j], lex) || w === 'not') return false;
  }
  return false;
}

/** A name or noun phrase read rightwards: "Victor Cha", "the Health Ministry of Ukraine", "U.S. officials". */
function nameRight(tokens: Token[], i: number, end: number, lex: Lexicon): number {
  let k = i;
  while (k < end && k - i < MAX_PHRASE) {
    const t = tokens[k];
    if (isContentWord(t, lex) || isPossessive(t)) k++;
    else if (t.text.toLowerCase() === 'of' && k > i && k + 1 < end && /^\p{Lu}/u.test(tokens[k + 1].text))
      k++;
    else if (isDeterminer(t, lex) && k > i && lower(tokens, k - 1, end) === 'of') k++;
    else break;
  }
  // A name cannot end on "of" or a determiner.
  while (k > i && !isContentWord(tokens[k - 1], lex)) k--;
  return k;
}

function skipDeterminers(tokens: Token[], i: number, end: number, lex: Lexicon): number {
  let k = i;
  while (k < end && isDeterminer(tokens[k], lex)) k++;
  return k;
}

/** Builds the attribution, stripping evidence nouns: "Reports from X" → X, "U.S. estimates" → "U.S.". */
function make(
  ctx: Context,
  first: number,
  last: number,
  cue: Attribution['cue'],
  rule: string,
): Attribution | null {
  const { tokens, lex } = ctx;
  const evidenceNouns = lex.claims.evidenceNouns;
  let a = first;
  let b = last;
  let evidence: Stance | null = null;
  // "no reports suggest…" names nobody.
  if (first > ctx.first && /^no$/i.test(tokens[first - 1].text)) return null;
  while (a < b && isDeterminer(tokens[a], lex)) a++;
  const lead = evidenceNouns.get(tokens[a]?.text.toLowerCase() ?? '');
  let stripped = false;
  if (lead && a + 2 < b && lex.claims.sourcePrepositions.has(tokens[a + 1].text.toLowerCase())) {
    evidence = lead;
    stripped = true;
    a += 2;
    while (a < b && isDeterminer(tokens[a], lex)) a++;
  }
  const tail = evidenceNouns.get(tokens[b - 1].text.toLowerCase());
  // "U.S. estimates" names the U.S.; "new filings" names nobody but the filings.
  const owner = tokens.slice(a, b - 1).some((t) => /^\p{Lu}/u.test(t.text) || isPossessive(t));
  if (tail && b - 1 > a && owner) {
    evidence = tail;
    b--;
    if (isPossessive(tokens[b - 1])) b--;
    // "a Bloomberg poll": the determiner was the poll's; "the Pentagon's report" keeps it (below).
    else stripped = true;
  }
  if (a >= b) return null;
  // Keep the determiner of a common-noun claimant ("the Kremlin") as written.
  const start = !stripped && a > first ? tokens[first].start : tokens[a].start;
  const span = { start, end: tokens[b - 1].end };
  return { text: ctx.text.slice(span.start, span.end), span, cue, pronoun: false, evidence, rule };
}
