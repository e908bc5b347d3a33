import type { Span } from './span.js';

/** One entry of an article's trailing source list ("- Headline  The Outlet"). */
export interface SourceRef {
  title: string;
  outlet: string;
  /** Where the line sits in `article.text`. */
  span?: Span;
}

/** A clean article: the unit that analysis reads and the store keeps. */
export interface Article {
  /** Stable id: a hash of the canonical URL, or of the text when there is no URL. */
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  /** ISO 8601 publish date-time, or null when unknown. */
  published: string | null;
  /** BCP 47 language tag; only "en" is analysed. */
  language: string;
  /** The clean body text; every span indexes it. The title is its first line when the input had one. */
  text: string;
  sources: SourceRef[];
}

/** What an ingest adapter hands to the core: untrusted fields already validated, text already clean. */
export interface ArticleInput {
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  language?: string | null;
  text: string;
  /** Where the article came from (file path, feed URL); for error messages and provenance. */
  origin?: string;
  /**
   * Its identity when it has no URL: a feed item's own id (RSS guid, Atom id, JSON Feed id) with
   * the feed's, so a changed item is a revision of the stored one, not a new copy.
   */
  guid?: string | null;
}
