import { contentWords, type Identity, type NameRef, overlap } from '../compare/index.js';
import type { Claim, Stance, VerifyItem } from '../model/index.js';
import type { CheckedText } from './sources.js';

/** Share of words a source claim must share with the draft's to be about the same proposition. */
const SAME_PROPOSITION = 0.5;
/** The same share when the claimant is the same. */
const SAME_CLAIMANT_PROPOSITION = 0.35;
const OPPOSED: Partial<Record<Stance, Stance>> = { confirms: 'denies', denies: 'confirms' };

interface Candidate {
  source: CheckedText;
  claim: Claim;
}

/** Checks each attributed claim of the draft: same claimant and stance in a source? Unattributed claims are skipped. */
export function checkClaims(
  draft: CheckedText,
  claims: Claim[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  const all = sources.flatMap((source) => source.analysis.claims.map((claim) => ({ source, claim })));
  return claims.filter((c) => c.claimant).map((c) => checkClaim(draft, c, all, identity));
}

/** Who makes a claim, as the identity decision reads it. */
function claimantRef(text: CheckedText, c: Claim): NameRef {
  return { name: c.claimant, articleId: text.analysis.article.id, entityId: c.claimantId ?? null };
}

function checkClaim(draft: CheckedText, c: Claim, all: Candidate[], identity: Identity): VerifyItem {
  const { text } = draft.analysis.article;
  // The whole clause ("Russian officials denied …") shows who claims what; the proposition alone does not.
  const span = c.clause ?? c.span;
  const base = { kind: 'claim' as const, text: text.slice(span.start, span.end), span };
  const words = contentWords(c.text);
  const scored = all.map((s) => ({ s, share: overlap(words, contentWords(s.claim.text)) }));
  const about = scored.filter((x) => x.share >= SAME_PROPOSITION).map((x) => x.s);
  // The same claimant is strong evidence already: a looser match of the proposition will do.
  const theirs = scored
    .filter(
      (x) =>
        x.share >= SAME_CLAIMANT_PROPOSITION &&
        identity.same(claimantRef(draft, c), claimantRef(x.s.source, x.s.claim)),
    )
    .sort((a, b) => b.share - a.share)
    .map((x) => x.s);
  const agree = theirs.find((s) => s.claim.stance === c.stance);
  if (agree)
    return {
      ...base,
      verdict: 'supported',
      source: cite(agree),
      note: `${agree.claim.claimant} ${c.stance} in the source`,
    };
  const opposed = theirs.find((s) => s.claim.stance === OPPOSED[c.stance]);
  if (opposed) {
    return {
      ...base,
      verdict: 'contradicted',
      source: cite(opposed),
      note: `in the source ${opposed.claim.claimant} ${opposed.claim.stance}, not ${c.stance}`,
    };
  }
  if (theirs.length > 0) {
    const s = theirs[0];
    return {
      ...base,
      verdict: 'altered',
      source: cite(s),
      note: `in the source ${s.claim.claimant} ${s.claim.stance}, not ${c.stance}`,
    };
  }
  if (about.length > 0) {
    const who = [
      ...new Set(about.map((s) => `${s.claim.claimant ?? 'unattributed'} ${s.claim.stance}`)),
    ].join(', ');
    return {
      ...base,
      verdict: 'unsupported',
      source: null,
      note: `no source has ${c.claimant} say this; sources: ${who}`,
    };
  }
  return { ...base, verdict: 'unsupported', source: null, note: 'no source makes this claim' };
}

function cite(s: Candidate): VerifyItem['source'] {
  const span = s.claim.clause ?? s.claim.span;
  const { article } = s.source.analysis;
  return {
    articleId: article.id,
    text: article.text.slice(span.start, span.end),
    span,
  };
}
