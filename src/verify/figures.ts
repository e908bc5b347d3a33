import {
  type CountKey,
  countKey,
  dice,
  type Identity,
  matchValue,
  type NameRef,
  sameCount,
  unitAsWritten,
} from '../compare/index.js';
import type { Figure, VerifyItem } from '../model/index.js';
import { formatNumber } from '../util/format.js';
import { type CheckedText, outletsNamed, sentenceAt } from './sources.js';
import { asSum } from './sums.js';

/** A figure of a source, read once: what it counts, its unit as written and its sentence. */
interface SourceFigure {
  source: CheckedText;
  figure: Figure;
  key: CountKey;
  sentence: number;
}

/** A source figure that may be the one a draft figure reports, with how alike their sentences are. */
interface Candidate extends SourceFigure {
  /** Dice of the content words of the draft figure's sentence and of this figure's sentence. */
  context: number;
}

/** Sentences this alike (Dice over content words) say the same thing: the draft copies or retells the source's. */
const SAME_SENTENCE = 0.5;

/**
 * Checks each figure of the draft against the source figures it may report: those that count the
 * same thing in the same unit, and those in the source sentence the draft's sentence retells.
 * The same number (`matchValue`), told the same way and by the same claimant → supported; the
 * same number told differently (qualifier, increment, precision, claimant) → altered; the same
 * claimant giving another number → contradicted; otherwise unsupported.
 */
export function checkFigures(
  draft: CheckedText,
  figures: Figure[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  const index = indexFigures(sources);
  const check = (f: Figure) => {
    const claimant = claimantTests(draft, f, sources, identity);
    return checkFigure(draft, f, candidatesFor(draft, f, index, claimant), claimant);
  };
  // A number inside a quotation is the speaker's words: the quote check judges it word by word.
  const own = figures.filter((f) => !quoted(draft, f));
  const items = own.map((found) => {
    const f = withClaimantAsWritten(draft, found);
    const item = check(f);
    return item.verdict === 'supported' || !isChange(f) ? item : checkChange(f, item, check);
  });
  return items.map((item, i) =>
    item.verdict === 'supported' ? item : (asSum(draft, own, items, i) ?? item),
  );
}

/** Source figures by the unit they are written in: a draft figure meets only those of its unit. */
interface FigureIndex {
  byUnit: Map<string | null, SourceFigure[]>;
  all: SourceFigure[];
}

function indexFigures(sources: CheckedText[]): FigureIndex {
  const byUnit = new Map<string | null, SourceFigure[]>();
  const all: SourceFigure[] = [];
  for (const source of sources) {
    for (const figure of source.analysis.figures) {
      const unit = unitAsWritten(figure);
      const entry = {
        source,
        figure,
        key: countKey(figure),
        sentence: sentenceAt(source, figure.span.start),
      };
      all.push(entry);
      const list = byUnit.get(unit);
      if (list) list.push(entry);
      else byUnit.set(unit, [entry]);
    }
  }
  return { byUnit, all };
}

function quoted(draft: CheckedText, f: Figure): boolean {
  return draft.analysis.quotes.some(
    (q) =>
      q.kind !== 'indirect' &&
      (q.fragments ?? [q.span]).some((p) => p.start <= f.span.start && f.span.end <= p.end),
  );
}

/** How a source figure's claimant relates to the draft figure's. */
interface ClaimantTests {
  /** The same claimant: by identity, or an article of the outlet the draft names. */
  same: (c: Candidate) => boolean;
  /** Not at odds: the same claimant, or either side names none (an outlet named must be that outlet). */
  fits: (c: Candidate) => boolean;
}

function claimantTests(
  draft: CheckedText,
  f: Figure,
  sources: CheckedText[],
  identity: Identity,
): ClaimantTests {
  // A claimant that is an outlet ("The Weekly Briefing also reports …") is that outlet's articles.
  const outlets = new Set(outletsNamed(f.claimant, sources));
  const same = (c: Candidate) =>
    outlets.has(c.source) || identity.same(claimantRef(draft, f), claimantRef(c.source, c.figure));
  const fits = (c: Candidate) =>
    outlets.size > 0 ? outlets.has(c.source) : !f.claimant || !c.figure.claimant || same(c);
  return { same, fits };
}

/**
 * The source figures a draft figure may report: those of its unit that count the same thing or
 * sit in the sentence it retells; where none of them gives its number, also the figures giving
 * that number: any of them when the draft figure's unit is unknown or no figure of its unit
 * fits at all, else those of the same named claimant.
 */
function candidatesFor(
  draft: CheckedText,
  f: Figure,
  index: FigureIndex,
  claimant: ClaimantTests,
): Candidate[] {
  const sameUnit = candidatesOf(draft, f, index.byUnit.get(unitAsWritten(f)) ?? []);
  if (sameUnit.some((c) => matchValue(f, c.figure) !== 'different')) return sameUnit;
  const byNumber = sameNumber(draft, f, index.all);
  if (sameUnit.length === 0 || unitAsWritten(f) === null) return [...sameUnit, ...byNumber];
  return [...sameUnit, ...byNumber.filter((c) => f.claimant !== null && claimant.same(c))];
}

/** "N according to X": the claimant written right after a number is that number's, whatever the extractor read. */
const ACCORDING_TO =
  /^[^,.;:\n]{0,30}?\baccording to ((?:the |The )?[^,.;:\n]+?)(?=\s*(?:[,.;:\n]| and | on \d| in \d|$))/;

function withClaimantAsWritten(draft: CheckedText, f: Figure): Figure {
  const m = ACCORDING_TO.exec(draft.analysis.article.text.slice(f.span.end, f.span.end + 120));
  return m && m[1] !== f.claimant ? { ...f, claimant: m[1], claimantId: null } : f;
}

/**
 * The source figures giving the same number, for a figure no source figure of its unit matches
 * (a unit the extractor could not tell, or misread: "imply"). A money, percent or time figure
 * is matched by number only in its unit and with a named claimant.
 */
function sameNumber(draft: CheckedText, f: Figure, all: SourceFigure[]): Candidate[] {
  const measure = countKey(f).measure;
  if (measure && !f.claimant) return [];
  const numbers = all.filter(
    (s) =>
      s.key.measure === measure &&
      (!measure || unitAsWritten(s.figure) === unitAsWritten(f)) &&
      s.figure.increment === f.increment &&
      matchValue(f, s.figure) !== 'different',
  );
  return candidatesOf(draft, f, numbers, true);
}

/** "from 96 to 137": a number that moved, read by the extractor as a range. */
function isChange(f: Figure): boolean {
  return f.qualifier === 'range' && f.low !== null && f.high !== null && /^from\b/i.test(f.text);
}

/** A change from one number to another is supported when each number is; else the range's own verdict stands. */
function checkChange(f: Figure, asRange: VerifyItem, check: (f: Figure) => VerifyItem): VerifyItem {
  const ends = [f.low, f.high].map((value) =>
    check({ ...f, value: value ?? f.value, low: null, high: null, qualifier: 'exact' }),
  );
  if (ends.some((e) => e.verdict !== 'supported')) return asRange;
  return {
    ...asRange,
    verdict: 'supported',
    source: ends[1].source,
    note: `both numbers are the sources': ${ends.map((e) => e.note).join('; ')}`,
  };
}

/** Who claims a figure, as the identity decision reads it. */
function claimantRef(text: CheckedText, f: Figure): NameRef {
  return { name: f.claimant, articleId: text.analysis.article.id, entityId: f.claimantId ?? null };
}

/** The source figures that count what `f` counts, or sit in the sentence it retells (all of them when `any`). */
function candidatesOf(draft: CheckedText, f: Figure, pool: SourceFigure[], any = false): Candidate[] {
  const key = countKey(f);
  const at = sentenceAt(draft, f.span.start);
  const words = at >= 0 ? draft.sentenceWords[at] : new Set<string>();
  const out: Candidate[] = [];
  for (const s of pool) {
    const context = s.sentence >= 0 ? dice(words, s.source.sentenceWords[s.sentence]) : 0;
    if (any || context >= SAME_SENTENCE || sameCount(key, s.key)) out.push({ ...s, context });
  }
  // The figure of the sentence the draft retells comes first: it is the one the draft reports.
  return out.sort((a, b) => b.context - a.context);
}

function checkFigure(
  draft: CheckedText,
  f: Figure,
  candidates: Candidate[],
  claimant: ClaimantTests,
): VerifyItem {
  const { text } = draft.analysis.article;
  const base = { kind: 'figure' as const, text: text.slice(f.span.start, f.span.end), span: f.span };
  const { same: sameClaimant, fits: claimantFits } = claimant;
  const valued = candidates.filter((c) => matchValue(f, c.figure) !== 'different');
  const exact = valued.find(
    (c) =>
      matchValue(f, c.figure) === 'same' &&
      sameQualifier(f, c.figure) &&
      c.figure.increment === f.increment &&
      claimantFits(c),
  );
  if (exact) {
    return {
      ...base,
      verdict: 'supported',
      source: cite(exact),
      note: `${describe(exact.figure)} in the source`,
    };
  }
  if (valued.length > 0) {
    const c = valued[0];
    return {
      ...base,
      verdict: 'altered',
      source: cite(c),
      note: differences(f, c, claimantFits(c)).join('; '),
    };
  }
  const rival = candidates.find((c) => f.claimant && c.figure.claimant && sameClaimant(c));
  if (rival) {
    return {
      ...base,
      verdict: 'contradicted',
      source: cite(rival),
      note: `${rival.figure.claimant} gives ${describe(rival.figure)}, not ${formatNumber(f.value)}`,
    };
  }
  if (candidates.length > 0) {
    const given = candidates
      .slice(0, 3)
      .map(
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

/** "about" in the draft may stand for an exact source figure it rounds; other qualifiers must agree. */
function sameQualifier(draft: Figure, source: Figure): boolean {
  return (
    draft.qualifier === source.qualifier || (draft.qualifier === 'approx' && source.qualifier === 'exact')
  );
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

function differences(draft: Figure, c: Candidate, claimantFits: boolean): string[] {
  const source = c.figure;
  const out: string[] = [];
  if (matchValue(draft, source) === 'precision') {
    out.push(`the source gives it only approximately (${describe(source)}), the draft as an exact number`);
  } else if (!sameQualifier(draft, source)) {
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
    const by = source.claimant ?? c.source.analysis.article.outlet ?? 'another source';
    out.push(`the source attributes it to ${by}, not ${draft.claimant}`);
  }
  return out.length > 0 ? out : [`the source gives ${describe(source)}`];
}
