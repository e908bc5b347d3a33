/**
 * What page furniture looks like, as data for `prune.ts`. Chosen from common publishing-system
 * class names and checked on the aeb-dev half of the Article Extraction Benchmark: no entry
 * lowers F1 there when present (most are generic and never fire on those 91 pages).
 */

/** Tags and class/id words that mark page furniture, for one pass of `pruneFurniture`. */
export interface FurnitureRules {
  tags: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/** Elements inside an article that never hold body text: captions, bylines, dates, navigation. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'NAV',
  'TIME',
  'ASIDE',
  'FOOTER',
]);

/** Words in a class or id (split at `-`, `_`, spaces and camelCase) that mark furniture. */
export const FURNITURE_CLASS_WORDS: ReadonlySet<string> = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'byline',
  'author',
  'authors',
  'bio',
  'dateline',
  'date',
  'time',
  'timestamp',
  'published',
  'updated',
  'update',
  'breadcrumb',
  'breadcrumbs',
  'nav',
  'navigation',
  'menu',
  'sidebar',
  'gallery',
  'slideshow',
  'carousel',
  'share',
  'sharing',
  'social',
  'related',
  'trending',
  'popular',
  'recommended',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promotion',
  'teaser',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'copyright',
  'print',
  'skip',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'tags',
  'dek',
  'standfirst',
  'kicker',
  'photo',
  'image',
  'img',
  'media',
  'button',
  'btn',
  'cta',
  'comments',
  'comment',
  'disclaimer',
  'hidden',
  'outbrain',
  'taboola',
  'widget',
]);

/** Rules for the article element Readability returns (its classes kept). */
export const ARTICLE_FURNITURE: FurnitureRules = { tags: FURNITURE_TAGS, words: FURNITURE_CLASS_WORDS };

/**
 * Rules for the whole page before Readability runs: only what is never body text, because
 * Readability unwraps and merges some elements, losing the classes the later pass would need.
 */
export const PAGE_FURNITURE: FurnitureRules = {
  tags: new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FOOTER', 'HEADER']),
  words: new Set([
    'newsletter',
    'signup',
    'subscribe',
    'related',
    'share',
    'sharing',
    'social',
    'byline',
    'caption',
    'captions',
    'credit',
    'credits',
    'comments',
    'comment',
    'breadcrumb',
    'breadcrumbs',
  ]),
};

/**
 * Class words of hover cards and tooltips. The outer element wraps the term the reader sees
 * (kept); a card nested inside it holds the pop-up text (removed).
 */
export const POPUP_WORDS: ReadonlySet<string> = new Set([
  'rollover',
  'tooltip',
  'popover',
  'hovercard',
  'popup',
]);

/** Whole paragraphs that are page furniture whatever element holds them. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?)$/i,
  /^(skip to (main )?content|sign in|log in|subscribe( now)?|share( this( article| story)?)?|print|email|comments?)$/i,
  /^(related( articles| stories| coverage)?|read more|see more|more on this|don'?t miss|you may also like|recommended( for you)?)[:.…]*$/i,
  /^(see more|read more|related|also read|read also|watch|more):\s.{0,160}$/i,
  /^(this slideshow requires javascript|this website uses cookies\b.*)\.?$/i,
  // Contact lines that close many articles.
  /^(have a (news )?tip\?|got a (news )?tip\?).{0,200}$/i,
  /^follow (him|her|them|us|me) on (twitter|facebook|instagram)\b.{0,160}$/i,
  /^source: (news agencies|agencies|wire services)\.?$/i,
];
