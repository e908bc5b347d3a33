import { countKey, type Identity, type NameRef, sameCount, sameValue } from '../compare/index.js';
import type { Figure, VerifyItem } from '../model/index.js';
import { formatNumber } from '../util/format.js';
import type { CheckedText } from './sources.js';

interface Candidate {
  source: CheckedText;
  figure: Figure;
}

/**
 * Checks each figure of the draft against the sources' figures that count the same thing:
 * same value, qualifier and claimant → supported; same value told differently → altered; the
 * same claimant giving another value → contradicted; otherwise unsupported.
 */
export function checkFigures(
  draft: CheckedText,
  figures: Figure[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  const all = sources.flatMap((source) => source.analysis.figures.map((figure) => ({ source, figure })));
  return figures.map((f) => checkFigure(draft, f, all, identity));
}

/** Who claims a figure, as the identity decision reads it. */
function claimantRef(text: CheckedText, f: Figure): NameRef {
  return { name: f.claimant, articleId: text.analysis.article.id, entityId: f.claimantId ?? null };
}

function checkFigure(draft: CheckedText, f: Figure, all: Candidate[], identity: Identity): VerifyItem {
  const { text } = draft.analysis.article;
  const sameClaimant = (c: Candidate) =>
    identity.same(claimantRef(draft, f), claimantRef(c.source, c.figure));
  const base = { kind: 'figure' as const, text: text.slice(f.span.start, f.span.end), span: f.span };
  const key = countKey(f);
  let same = all.filter((c) => sameCount(key, countKey(c.figure)));
  // The subject's wording may have defeated the matcher: the very same number still counts.
  if (same.length === 0)
    same = all.filter((c) => c.figure.value === f.value && c.figure.increment === f.increment);
  const claimantFits = (c: Candidate) => !f.claimant || !c.figure.claimant || sameClaimant(c);
  const valued = same.filter((c) => sameValue(c.figure, f));
  const exact = valued.find(
    (c) => c.figure.qualifier === f.qualifier && c.figure.increment === f.increment && claimantFits(c),
  );
  if (exact)
    return {
      ...base,
      verdict: 'supported',
      source: cite(exact),
      note: `${describe(exact.figure)} in the source`,
    };
  if (valued.length > 0) {
    const c = valued[0];
    const note = differences(f, c.figure, !f.claimant || !c.figure.claimant || sameClaimant(c)).join('; ');
    return { ...base, verdict: 'altered', source: cite(c), note };
  }
  const rival = same.find(sameClaimant);
  if (rival) {
    return {
      ...base,
      verdict: 'contradicted',
      source: cite(rival),
      note: `${rival.figure.claimant} gives ${describe(rival.figure)}, not ${formatNumber(f.value)}`,
    };
  }
  if (same.length > 0) {
    const given = same.map(
      (c) =>
        `${describe(c.figure)} (${c.figure.claimant ?? c.source.analysis.article.outlet ?? 'unattributed'})`,
    );
    return {
      ...base,
      verdict: 'unsupported',
      source: null,
      note: `no source gives this value; sources give ${given.join(', ')}`,
    };
  }
  return { ...base, verdict: 'unsupported', source: null, note: 'no source gives a figure for this' };
}

function cite(c: Candidate): VerifyItem['source'] {
  const { article } = c.source.analysis;
  return {
    articleId: article.id,
    text: article.text.slice(c.figure.span.start, c.figure.span.end),
    span: c.figure.span,
  };
}

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  approx: 'about ',
  atLeast: 'at least ',
  atMost: 'at most ',
  range: '',
};

function describe(f: Figure): string {
  const amount =
    f.qualifier === 'range' && f.low !== null && f.high !== null
      ? `${formatNumber(f.low)}–${formatNumber(f.high)}`
      : `${QUALIFIER_WORDS[f.qualifier]}${formatNumber(f.value)}`;
  return `“${f.text}” (${f.increment ? 'an increment of ' : ''}${amount})`;
}

function differences(draft: Figure, source: Figure, claimantFits: boolean): string[] {
  const out: string[] = [];
  if (draft.qualifier !== source.qualifier) {
    out.push(`the source qualifies it as ${source.qualifier}, the draft as ${draft.qualifier}`);
  }
  if (draft.increment !== source.increment) {
    out.push(
      source.increment
        ? 'the source gives it as an increment (“another”), not a total'
        : 'the source gives it as a total, not an increment',
    );
  }
  if (!claimantFits) {
    out.push(`the source attributes it to ${source.claimant}, not ${draft.claimant}`);
  }
  return out.length > 0 ? out : [`the source gives ${describe(source)}`];
}
