import type { Identity } from '../compare/index.js';
import type { Analysis, Figure, QuoteKind, Span, Stance } from '../model/index.js';

/** Where a finding sits: the article and the span of its text. */
export interface Citation {
  articleId: string;
  span: Span;
}

/** One figure as a source gives it, with who claims it, where and when. */
export interface LedgerFigure
  extends Pick<
    Figure,
    'text' | 'value' | 'low' | 'high' | 'qualifier' | 'increment' | 'unit' | 'subject' | 'claimant'
  > {
  outlet: string | null;
  /** The article's publish date (ISO), or null. */
  date: string | null;
  citation: Citation;
}

/** How the figures of one group relate. */
export type FigureGroupLabel = 'agreeing' | 'conflicting' | 'increment' | 'revised' | 'single-source';

/** The total an increment implies ("another 1,500" after 2,500): a floor, never a count. */
export interface RunningTotal {
  atLeast: number;
  /** "at least 4,000". */
  text: string;
  /** The base figure and every increment added to it. */
  parts: LedgerFigure[];
}

/** A number that changed: in a new version of an article, from its claimant, or over the days of coverage. */
export interface FigureRevision {
  /**
   * `version`: an article's new version changed it; `update`: its claimant gave a new number later;
   * `progression`: later reports, in other voices, give a new number (a count that moved over days).
   */
  kind: 'version' | 'update' | 'progression';
  outlet: string | null;
  /** Set when a named claimant gave a new number in a later report (an update, not a corrected article). */
  claimant: string | null;
  from: LedgerFigure;
  to: LedgerFigure;
}

/** Figures that count the same thing, whatever the wording. */
export interface FigureGroup {
  id: string;
  label: FigureGroupLabel;
  /** The clearest subject wording among the group ("North Korean troops"). */
  subject: string;
  unit: string | null;
  figures: LedgerFigure[];
  total: RunningTotal | null;
  revisions: FigureRevision[];
  /** One line saying why the label was given. */
  note: string;
}

/** One claimant's stance on one proposition. */
export interface ClaimEntry {
  claimant: string;
  stance: Stance;
  text: string;
  outlet: string | null;
  date: string | null;
  citation: Citation;
}

/** A proposition and every stance taken on it. */
export interface ClaimRow {
  topic: string;
  entries: ClaimEntry[];
}

/** One outlet's rendering of a quote. */
export interface QuoteOccurrence {
  text: string;
  kind: QuoteKind;
  outlet: string | null;
  date: string | null;
  citation: Citation;
}

/** How one occurrence's wording differs from the group's fullest wording. */
export interface WordingVariant {
  occurrence: QuoteOccurrence;
  differences: string[];
}

/** The same quote as carried by one or more outlets. */
export interface QuoteGroup {
  /** The fullest wording. */
  text: string;
  occurrences: QuoteOccurrence[];
  variants: WordingVariant[];
}

/** Everything one speaker is quoted as saying across the story. */
export interface SpeakerQuotes {
  speaker: string;
  quotes: QuoteGroup[];
}

/** The same article before and after an outlet changed it. */
export interface Revision {
  before: Analysis;
  after: Analysis;
}

/** Options of `buildLedger`. */
export interface LedgerOptions {
  /** Earlier versions of the story's articles; their changed figures are labelled revised. Default none. */
  revisions: Revision[];
  /** Decides which speakers and claimants are one person. Default: by name (`nameIdentity`). */
  identity: Identity;
}

/** What the sources of one story say, reconciled: figures, claims and quotes. */
export interface Ledger {
  articleIds: string[];
  figures: FigureGroup[];
  claims: ClaimRow[];
  quotes: SpeakerQuotes[];
}
