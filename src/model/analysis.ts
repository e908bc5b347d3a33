import type { Article } from './article.js';
import type { Span } from './span.js';

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

/** One real-world entity of an article: every mention of it, under one canonical name. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Titles and appositions: "U.S. Secretary of Defense", "a North Korean expert at CSIS". */
  roles: string[];
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** Canonical name of the resolved entity, or the mention text when none resolves. */
  name: string;
  entityId: string | null;
  /** The mention next to the quote (the "he" of "he added"). */
  span: Span;
}

export interface Quote {
  id: string;
  /** The quoted words (for split quotes, the fragments joined by a space). */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The speech verb or phrase ("said", "according to"), or null. */
  cue: string | null;
  span: Span;
  /** For a quote split by its cue, the spans of its parts; absent when whole. */
  fragments?: Span[];
  /** Which rule or model produced it, for tracing a wrong result. */
  rule?: string;
}

export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range';

export interface Figure {
  id: string;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  increment: boolean;
  unit: string | null;
  subject: string | null;
  claimant: string | null;
  /** Entity id of the claimant when one resolves. */
  claimantId?: string | null;
  span: Span;
  rule?: string;
}

export type Stance = 'confirms' | 'denies' | 'declines' | 'estimates' | 'reports' | 'speculates';

export interface Claim {
  id: string;
  /** The proposition the claim is about. */
  text: string;
  claimant: string | null;
  claimantId?: string | null;
  stance: Stance;
  /** Where the proposition is: `text` sliced (the invariant every span keeps). */
  span: Span;
  /** The whole clause: claimant, cue and proposition. */
  clause?: Span;
  cue?: string | null;
  rule?: string;
}

export interface DateMention {
  text: string;
  /** ISO 8601: a date (YYYY-MM-DD) or a date-time. */
  value: string;
  span: Span;
}

/** The JSON contract of `dossier analyze --json`. */
export interface Analysis {
  article: Article;
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  claims: Claim[];
  dates: DateMention[];
}
