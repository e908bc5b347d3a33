import type { Analysis, EntityType, Span, Story, TimelineEvent } from '../model/index.js';
import { splitSentences, tokenize } from '../nlp/index.js';

/** One article of a story, as the view lists it. */
export interface StoryArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** An entity of a story: how often and in how many of its articles it is mentioned. */
export interface StoryEntity {
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
}

/** What `dossier story ID` shows: the story, its articles and outlets, key entities and a timeline. */
export interface StoryView {
  id: string;
  title: string;
  /** Earliest and latest publish dates (ISO), null when no article is dated. */
  first: string | null;
  last: string | null;
  /** Oldest first; undated articles last. */
  articles: StoryArticle[];
  outlets: string[];
  keyEntities: StoryEntity[];
  /** Dated events, oldest first: what was reported when, by whom. */
  timeline: TimelineEvent[];
}

/** Options of the story view; defaults in `VIEW_DEFAULTS`. */
export interface ViewOptions {
  /** Entities listed (default 10). */
  keyEntities: number;
  /** Events kept per article (default 20), so one article full of dates cannot fill the timeline. */
  eventsPerArticle: number;
  /** Word overlap (Dice) above which two events of the same date are one, kept from its first report (default 0.6). */
  sameEvent: number;
}

/** Defaults of `ViewOptions`. */
export const VIEW_DEFAULTS: ViewOptions = { keyEntities: 10, eventsPerArticle: 20, sameEvent: 0.6 };

/**
 * Builds the view of a story from its articles' analyses. Uses whatever the analyses hold: with no
 * entities the list is empty; an article without dated mentions adds one event, its report, on its
 * publish date. Analyses of articles not in `story.articleIds` are ignored (all are used when it is empty).
 */
export function buildStoryView(
  story: Pick<Story, 'id' | 'articleIds'>,
  analyses: Analysis[],
  options: Partial<ViewOptions> = {},
): StoryView {
  const opts = { ...VIEW_DEFAULTS, ...options };
  const members = new Set(story.articleIds);
  const own = sortByPublished(analyses.filter((a) => members.size === 0 || members.has(a.article.id)));
  const summary = summarizeStory(story.id, own, opts.keyEntities);
  return {
    id: story.id,
    title: summary.title,
    first: summary.first,
    last: summary.last,
    articles: own.map(({ article: a }) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      url: a.url,
    })),
    outlets: summary.outlets,
    keyEntities: keyEntities(own, opts.keyEntities),
    timeline: timeline(own, opts),
  };
}

/** The `Story` record of a group of analysed articles (what the store keeps and lists). */
export function summarizeStory(
  id: string,
  analyses: Analysis[],
  entityCount = VIEW_DEFAULTS.keyEntities,
): Story {
  const own = sortByPublished(analyses);
  const dates = own.map((a) => a.article.published).filter((d): d is string => d !== null && validDate(d));
  dates.sort();
  return {
    id,
    title: centralTitle(own.map((a) => a.article.title)),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    articleIds: own.map((a) => a.article.id),
    outlets: unique(own.map((a) => a.article.outlet).filter((o): o is string => !!o)),
    keyEntities: keyEntities(own, entityCount).map((e) => e.name),
  };
}

/** The headline sharing the most words with the others (the story's gist), the earliest on ties. */
function centralTitle(titles: string[]): string {
  const candidates = titles.map((t) => t.trim()).filter(Boolean);
  if (candidates.length <= 2) return candidates[0] ?? '';
  // Document frequency of title words: a title's score is how common its words are among the titles.
  const sets = candidates.map((t) => new Set(words(t)));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, i) => {
    let score = 0;
    for (const w of set) score += (df.get(w) ?? 1) - 1;
    score /= Math.sqrt(set.size || 1);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return candidates[best];
}

function keyEntities(analyses: Analysis[], count: number): StoryEntity[] {
  const byKey = new Map<string, StoryEntity>();
  for (const analysis of analyses) {
    const seen = new Set<string>();
    for (const entity of analysis.entities) {
      const key = `${entity.type}:${entity.name.toLowerCase()}`;
      let agg = byKey.get(key);
      if (!agg) {
        agg = { name: entity.name, type: entity.type, mentions: 0, articles: 0 };
        byKey.set(key, agg);
      }
      agg.mentions += Math.max(1, entity.mentions.length);
      if (!seen.has(key)) agg.articles++;
      seen.add(key);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, count);
}

/** Dated events from every article; the same event reported again is kept once, from its first report. */
function timeline(analyses: Analysis[], opts: ViewOptions): TimelineEvent[] {
  const byDate = new Map<string, { event: TimelineEvent; words: Set<string> }[]>();
  for (const analysis of analyses) {
    for (const e of articleEvents(analysis, opts)) {
      const list = byDate.get(e.date) ?? [];
      const w = new Set(words(e.text));
      if (list.some((other) => dice(other.words, w) >= opts.sameEvent)) continue;
      list.push({ event: e, words: w });
      byDate.set(e.date, list);
    }
  }
  return [...byDate.keys()].sort().flatMap((d) => (byDate.get(d) ?? []).map((x) => x.event));
}

/**
 * One article's events: the sentence of each dated mention (one per day and sentence, at most
 * `eventsPerArticle`); with none, the report itself on its publish date, told by its headline.
 */
function articleEvents({ article, dates }: Analysis, opts: ViewOptions): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const sentences = sentenceSpans(article.text);
  const seen = new Set<string>();
  for (const date of dates) {
    if (events.length >= opts.eventsPerArticle) break;
    const day = date.value.slice(0, 10);
    const sentence = enclosing(sentences, date.span);
    if (!validDate(day) || !sentence || seen.has(`${day}@${sentence.start}`)) continue;
    seen.add(`${day}@${sentence.start}`);
    events.push(event(day, article, sentence));
  }
  if (events.length === 0 && article.published && validDate(article.published)) {
    const start = article.text.indexOf(article.title);
    const span = article.title && start >= 0 ? { start, end: start + article.title.length } : sentences[0];
    if (span) events.push(event(article.published.slice(0, 10), article, span));
  }
  return events;
}

function event(date: string, article: Analysis['article'], span: Span): TimelineEvent {
  return {
    date,
    text: article.text.slice(span.start, span.end),
    articleId: article.id,
    outlet: article.outlet,
    span: { start: span.start, end: span.end },
  };
}

function sentenceSpans(text: string): Span[] {
  return splitSentences(text, tokenize(text)).map((s) => ({ start: s.start, end: s.end }));
}

/** The sentence holding a span (binary search over sorted sentences), or null when it lies outside all. */
function enclosing(sentences: Span[], span: Span): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

function sortByPublished(analyses: Analysis[]): Analysis[] {
  const time = (a: Analysis) => {
    const t = a.article.published ? Date.parse(a.article.published) : Number.NaN;
    return Number.isFinite(t) ? t : Number.POSITIVE_INFINITY;
  };
  const order = (x: number | string, y: number | string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...analyses].sort((a, b) => order(time(a), time(b)) || order(a.article.id, b.article.id));
}

function validDate(value: string): boolean {
  return Number.isFinite(Date.parse(value));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
