import { contentWords, type Identity, type NameRef, surnameOf, wordsOf } from '../compare/index.js';
import type { Claim, VerifyItem } from '../model/index.js';
import { type Commitment, commitmentOf } from './commitment.js';
import { type CheckedText, outletsNamed } from './sources.js';

/** Share of the draft proposition's content words a source proposition must have to state the same thing. */
const SAME_PROPOSITION = 0.5;
/** Share of the draft's proposition words a source must state for it to be about the same thing. */
const MIN_DRAFT_SHARE = 0.3;
/** Share of them a sentence of an outlet's article must have to be what the draft says the outlet reports. */
const OUTLET_REPORTS = 0.8;

/** Words that say a claimant did not comment; what remains of the proposition is the topic. */
const NO_COMMENT = new Set([
  'comment',
  'commented',
  'commenting',
  'request',
  'requests',
  'respond',
  'responded',
  'response',
  'immediately',
  'return',
  'returned',
  'call',
  'email',
  'message',
  'not',
  'yet',
  'ha',
]);
/** Words that negate a proposition: "he paid no taxes" says the opposite of "he paid taxes". */
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without']);

/** A claim read for comparing: who, what commitment, the proposition's content words and its polarity. */
interface Reading {
  claim: Claim;
  text: CheckedText;
  commitment: Commitment;
  words: Set<string>;
  negated: boolean;
}

/**
 * Checks each attributed claim of the draft by meaning: the same claimant (by identity), a source
 * proposition with most of the draft's content words, and the same commitment (confirmed,
 * acknowledged, said … assert; denied, rejected, dismissed deny; declined or refused to comment,
 * did not respond, has not commented decline), a negated proposition flipping it. A claim the
 * draft gives to an outlet is looked for in that outlet's articles. Claims with no content to
 * compare ("he said") and unattributed claims are not items.
 */
export function checkClaims(
  draft: CheckedText,
  claims: Claim[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  const all = sources.flatMap((source) => source.analysis.claims.map((claim) => read(claim, source)));
  return claims
    .filter((c) => c.claimant && !onlyFigures(draft, c))
    .map((c) => read(c, draft))
    .filter((r) => r.words.size > 0 || r.commitment === 'declines')
    .map((r) => checkClaim(r, all, sources, identity));
}

/**
 * A proposition that is only figures ("also reports over 600,000 people", "9%"), or figures
 * attributed with "according to", says nothing the figure checks do not: beside its figures it
 * has at most one content word.
 */
function onlyFigures(draft: CheckedText, c: Claim): boolean {
  const { text } = draft.analysis.article;
  const inside = draft.analysis.figures.filter(
    (f) => f.span.start >= c.span.start && f.span.end <= c.span.end,
  );
  if (inside.length === 0) return false;
  // "N according to X" attributes the number: the figure check judges it, claimant included.
  if (c.cue === 'according to') return true;
  let rest = text.slice(c.span.start, c.span.end);
  for (const f of inside) rest = rest.replace(text.slice(f.span.start, f.span.end), ' ');
  return contentWords(rest).length <= 1;
}

function read(claim: Claim, text: CheckedText): Reading {
  const commitment = commitmentOf(claim.stance);
  const words = contentWords(claim.text).filter((w) => !(commitment === 'declines' && NO_COMMENT.has(w)));
  const negators = wordsOf(claim.text).filter((w) => NEGATIONS.has(w) || /n['’]t$/.test(w)).length;
  // A refusal's "not" is its cue ("has not commented"), not a negated proposition.
  return {
    claim,
    text,
    commitment,
    words: new Set(words),
    negated: commitment !== 'declines' && negators % 2 === 1,
  };
}

function claimantRef(r: Reading): NameRef {
  return {
    name: r.claim.claimant,
    articleId: r.text.analysis.article.id,
    entityId: r.claim.claimantId ?? null,
  };
}

/**
 * How much a source proposition states the draft's: the share of the smaller one's content words
 * found in the other, when they share at least two words (one, if a side has only one) and at
 * least `MIN_DRAFT_SHARE` of the draft's. A refusal to comment matches a refusal that shares a
 * word of its topic ("Austin's remarks", "Austin's announcement"), or any refusal when either names none.
 */
function share(draft: Reading, source: Reading): number {
  let shared = 0;
  for (const w of draft.words) if (source.words.has(w)) shared++;
  if (draft.commitment === 'declines' && source.commitment === 'declines') {
    return draft.words.size === 0 || source.words.size === 0 || shared > 0 ? 1 : 0;
  }
  const smaller = Math.min(draft.words.size, source.words.size);
  if (smaller === 0 || shared < Math.min(2, smaller) || shared / draft.words.size < MIN_DRAFT_SHARE) return 0;
  return shared / smaller;
}

function checkClaim(d: Reading, all: Reading[], sources: CheckedText[], identity: Identity): VerifyItem {
  const { text } = d.text.analysis.article;
  // The whole clause ("Russian officials denied …") shows who claims what; the proposition alone does not.
  const span = d.claim.clause ?? d.claim.span;
  const base = { kind: 'claim' as const, text: text.slice(span.start, span.end), span };
  const outlets = outletsNamed(d.claim.claimant, sources);
  if (outlets.length > 0) return checkOutletClaim(d, outlets, base);
  const about = all
    .map((s) => ({ s, share: share(d, s) }))
    .filter((x) => x.share >= SAME_PROPOSITION)
    .sort((a, b) => b.share - a.share);
  // A claimant the clause does not name ("it can confirm") was resolved from elsewhere: any source's will do.
  const named = namesClaimant(d);
  const theirs = about
    .filter((x) => !named || identity.same(claimantRef(d), claimantRef(x.s)))
    .map((x) => x.s);
  const agree = theirs.find((s) => s.commitment === d.commitment && s.negated === d.negated);
  if (agree) {
    return {
      ...base,
      verdict: 'supported',
      source: cite(agree),
      note: `${agree.claim.claimant} ${agree.claim.stance} in the source`,
    };
  }
  const opposed = theirs.find((s) => opposite(d, s));
  if (opposed) {
    return {
      ...base,
      verdict: 'contradicted',
      source: cite(opposed),
      note: `in the source ${says(opposed)}, not ${says(d)}`,
    };
  }
  if (theirs.length > 0) {
    return {
      ...base,
      verdict: 'altered',
      source: cite(theirs[0]),
      note: `in the source ${says(theirs[0])}, not ${says(d)}`,
    };
  }
  if (about.length > 0) {
    const who = [...new Set(about.map((x) => says(x.s)))].slice(0, 5).join('; ');
    return {
      ...base,
      verdict: 'unsupported',
      source: null,
      note: `no source has ${d.claim.claimant} say this; sources: ${who}`,
    };
  }
  return { ...base, verdict: 'unsupported', source: null, note: 'no source makes this claim' };
}

/** Whether the claim's own clause names its claimant, rather than a pronoun standing for it. */
function namesClaimant(r: Reading): boolean {
  const { claimant, clause } = r.claim;
  if (!claimant || !clause) return true;
  const words = r.text.analysis.article.text.slice(clause.start, clause.end).toLowerCase();
  return words.includes(surnameOf(claimant).toLowerCase());
}

/** One says the proposition is so and the other that it is not (a denial of it, or its negation). */
function opposite(a: Reading, b: Reading): boolean {
  if (a.commitment === 'declines' || b.commitment === 'declines') return false;
  const flipped = (a.commitment === b.commitment) !== (a.negated === b.negated);
  // "said" against "denied" is a changed account; "confirmed" against "denied" (or a negation) contradicts.
  return (
    flipped && (a.negated !== b.negated || a.claim.stance === 'confirms' || b.claim.stance === 'confirms')
  );
}

/** "Russian officials denies", "Mook reports (negated)": how a claim commits its claimant. */
function says(r: Reading): string {
  return `${r.claim.claimant ?? 'unattributed'} ${r.claim.stance}${r.negated ? ' the opposite' : ''}`;
}

/** A claim the draft gives to an outlet: one of the outlet's sentences must say it. */
function checkOutletClaim(
  d: Reading,
  outlets: CheckedText[],
  base: Pick<VerifyItem, 'kind' | 'text' | 'span'>,
): VerifyItem {
  for (const source of outlets) {
    const i = source.sentenceWords.findIndex((words) => {
      let shared = 0;
      for (const w of d.words) if (words.has(w)) shared++;
      return d.words.size > 0 && shared / d.words.size >= OUTLET_REPORTS;
    });
    if (i >= 0) {
      const span = { start: source.sentences[i].start, end: source.sentences[i].end };
      return {
        ...base,
        verdict: 'supported',
        source: {
          articleId: source.analysis.article.id,
          text: source.analysis.article.text.slice(span.start, span.end),
          span,
        },
        note: `${source.analysis.article.outlet} reports it`,
      };
    }
  }
  const names = [...new Set(outlets.map((s) => s.analysis.article.outlet))].join(', ');
  return { ...base, verdict: 'unsupported', source: null, note: `${names} does not report this` };
}

function cite(r: Reading): VerifyItem['source'] {
  const span = r.claim.clause ?? r.claim.span;
  const { article } = r.text.analysis;
  return { articleId: article.id, text: article.text.slice(span.start, span.end), span };
}
