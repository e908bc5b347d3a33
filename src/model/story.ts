import type { Span } from './span.js';

/** A dated event of a story's timeline: what was reported when, by whom. */
export interface TimelineEvent {
  /** ISO date of the event (from the text) or of the report when the text gives none. */
  date: string;
  text: string;
  articleId: string;
  outlet: string | null;
  span: Span;
}

/** A developing story: articles grouped as they arrive. */
export interface Story {
  id: string;
  title: string;
  /** Earliest and latest publish dates of its articles (ISO), null when none is dated. */
  first: string | null;
  last: string | null;
  articleIds: string[];
  outlets: string[];
  /** Names of the most mentioned entities, most mentioned first. */
  keyEntities: string[];
}

/** Why a story absorbed another, recorded when stories merge. */
export interface StoryMerge {
  into: string;
  from: string;
  score: number;
  at: string;
}

/**
 * Articles a re-clustering pass moved out of a story into another (new or existing) one, because the
 * whole evidence placed them there: the split half of a story's history, as `StoryMerge` is the other.
 */
export interface StorySplit {
  from: string;
  into: string;
  articleIds: string[];
  at: string;
}
