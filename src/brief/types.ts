import type { Citation } from '../ledger/index.js';
import type { BriefCheck } from './gate.js';

/** One sentence of the brief with the numbers of the sources that support it. */
export interface BriefSentence {
  text: string;
  /** Source numbers ([n] in the text), never empty. */
  citations: number[];
  /** `extract`: a source sentence, verbatim; `generated`: an attribution or reconciliation sentence. */
  kind: 'extract' | 'generated';
  /** Where an extracted sentence comes from. */
  source: Citation | null;
  /** For a timeline entry, its ISO day (rendered before the text). */
  date?: string;
}

/** The parts of a brief, in reading order. */
export type SectionId = 'lead' | 'figures' | 'quotes' | 'claims' | 'context' | 'timeline';

/** A part of the brief: a heading (none for the lead) and paragraphs of cited sentences. */
export interface BriefSection {
  id: SectionId;
  heading: string | null;
  paragraphs: BriefSentence[][];
}

/** An entry of the numbered source list. */
export interface BriefSource {
  n: number;
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** A quote the brief shows, with the source span its words are copied from. */
export interface BriefQuote {
  text: string;
  speaker: string;
  n: number;
  citation: Citation;
}

/** A figure the brief states: copied from a source, or derived (a running total) from several. */
export interface BriefFigure {
  text: string;
  value: number;
  citations: number[];
  /** The source span of a copied figure; null for a derived one. */
  source: Citation | null;
  derived: boolean;
}

/** A cited multi-source brief of one story, before rendering. */
export interface Brief {
  storyId: string;
  title: string;
  sections: BriefSection[];
  sources: BriefSource[];
  quotes: BriefQuote[];
  figures: BriefFigure[];
  /** Remarks about the brief itself ("only one source"). */
  notes: string[];
}

/** Options of `writeBrief`, defaults in `BRIEF_DEFAULTS`. */
export interface BriefOptions {
  /** Figure groups shown (default 5). */
  maxFigureGroups: number;
  /** Speakers quoted (default 4). */
  maxQuotes: number;
  /** Context sentences (default 3). */
  maxContext: number;
  /** Timeline entries (default 8). */
  maxTimeline: number;
  /** About how many words the brief's sections hold, the source list aside (default 250). */
  words: number;
  /**
   * Verifies the brief's Markdown against the story (default none): a sentence it does not
   * support is left out (./gate.ts).
   */
  check: BriefCheck | null;
}

/** The defaults of every brief option. */
export const BRIEF_DEFAULTS: BriefOptions = {
  maxFigureGroups: 5,
  maxQuotes: 4,
  maxContext: 3,
  maxTimeline: 8,
  words: 250,
  check: null,
};
