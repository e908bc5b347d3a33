import type { Span } from '../../model/index.js';
import { hashId } from '../../util/hash.js';
import type { PolnearArticle, PolnearAttribution, PolnearPart } from '../polnear.js';

/** The errors planted in a copy of a real article, one per draft (issue 15). */
export const PERTURBATION_KINDS = [
  'quote-word',
  'speaker-swap',
  'digit',
  'said-denied',
  'claimant-swap',
] as const;
export type PerturbationKind = (typeof PERTURBATION_KINDS)[number];

/** A draft made from one article: the article itself, or the article with one planted error. */
export interface Draft {
  /** `${articleId}` for the untouched copy, `${articleId}:${kind}:${n}` for a planted error. */
  id: string;
  articleId: string;
  kind: PerturbationKind | 'none';
  text: string;
  /**
   * Where the error is in the draft: the changed words and, for an attribution, the words it
   * attributes. An item overlapping one of these spans is about the error; an empty list for
   * the untouched copy.
   */
  target: Span[];
  /** What was changed, for people: `“great” → “weak”`. */
  change: string;
}

/** Planted errors of each kind per article, at most: enough kinds per article, no one article dominating. */
export const PER_ARTICLE = 2;

/** Pronouns and group words a swap never takes as a person's name. */
const NOT_A_NAME = new Set([
  'he',
  'she',
  'i',
  'we',
  'they',
  'it',
  'you',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'republicans',
  'democrats',
  'officials',
  'authorities',
  'critics',
  'experts',
  'sources',
  'polls',
  'readers',
  'voters',
  'supporters',
  'analysts',
  'reporters',
  'aides',
  'advisers',
  'residents',
  'people',
]);
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Secretary)\.?$/;
const MONTH =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s*$/;

/**
 * The drafts of one article: the untouched copy, then up to `PER_ARTICLE` planted errors of each
 * kind, chosen deterministically (by a hash of the article id, the kind and the place), so the
 * same data gives the same benchmark on every machine.
 */
export function draftsOf(article: PolnearArticle): Draft[] {
  const out: Draft[] = [
    { id: article.id, articleId: article.id, kind: 'none', text: article.text, target: [], change: '' },
  ];
  const makers: Record<PerturbationKind, () => Edit[]> = {
    'quote-word': () => quoteWordEdits(article),
    'speaker-swap': () => swapEdits(article, true),
    digit: () => digitEdits(article.text),
    'said-denied': () => deniedEdits(article),
    'claimant-swap': () => swapEdits(article, false),
  };
  for (const kind of PERTURBATION_KINDS) {
    out.push(...pick(article.id, kind, makers[kind]()).map((edit, n) => apply(article, kind, n, edit)));
  }
  return out;
}

/** One replacement in the article text, and the spans (in the article) the error is about. */
interface Edit {
  at: Span;
  by: string;
  about: Span[];
}

function pick(articleId: string, kind: string, edits: Edit[]): Edit[] {
  // One edit per place: two candidates at the same words would plant the same error twice.
  const unique = [...new Map(edits.map((e) => [`${e.at.start}`, e])).values()];
  return unique
    .map((e) => ({ e, key: hashId(`${articleId}:${kind}:${e.at.start}`) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, PER_ARTICLE)
    .map((x) => x.e);
}

function apply(article: PolnearArticle, kind: PerturbationKind, n: number, edit: Edit): Draft {
  const { text } = article;
  const delta = edit.by.length - (edit.at.end - edit.at.start);
  const shift = (s: Span): Span => ({
    start: s.start >= edit.at.end ? s.start + delta : s.start,
    end: s.end >= edit.at.end ? s.end + delta : Math.min(s.end, edit.at.start + edit.by.length),
  });
  const changed = { start: edit.at.start, end: edit.at.start + edit.by.length };
  return {
    id: `${article.id}:${kind}:${n}`,
    articleId: article.id,
    kind,
    text: text.slice(0, edit.at.start) + edit.by + text.slice(edit.at.end),
    target: [changed, ...edit.about.map(shift)],
    change: `“${text.slice(edit.at.start, edit.at.end)}” → “${edit.by}”`,
  };
}

const spanOf = (p: PolnearPart): Span => ({ start: p.start, end: p.end });
const single = (p: PolnearPart | null): p is PolnearPart => p !== null && p.fragments.length <= 1;

/** A word inside quotation marks replaced by another word of the article that the quote does not have. */
function quoteWordEdits(article: PolnearArticle): Edit[] {
  const { text } = article;
  const vocabulary = [...new Set(text.replace(/https?:\/\/\S+/g, ' ').match(/\b[a-z]{5,9}\b/g) ?? [])].sort();
  const out: Edit[] = [];
  for (const a of article.attributions) {
    if (a.quoted === 'none') continue;
    const content = spanOf(a.content);
    for (const q of text.slice(content.start, content.end).matchAll(/[“"]([^“”"]{8,})[”"]/g)) {
      const inner = content.start + (q.index ?? 0) + 1;
      const quoted = q[1];
      const words = new Set(quoted.toLowerCase().match(/[a-z’']+/g) ?? []);
      for (const w of quoted.matchAll(/\b[a-z]{4,}\b/g)) {
        const word = w[0];
        const others = vocabulary.filter((v) => !words.has(v) && v[0] !== word[0]);
        if (others.length === 0) continue;
        const by =
          others[Number.parseInt(hashId(`${article.id}:${inner + (w.index ?? 0)}`, 8), 16) % others.length];
        const start = inner + (w.index ?? 0);
        out.push({ at: { start, end: start + word.length }, by, about: [content] });
      }
    }
  }
  return out;
}

/** The words of a name that identify it: titles and possessives dropped. */
function nameWords(name: string): string[] {
  return name
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => !TITLE.test(w))
    .map((w) => w.toLowerCase());
}

/** A source mention that names someone: capitalised words, not a pronoun or a group, not a possessive. */
function isName(text: string): boolean {
  if (!/^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}$/u.test(text)) return false;
  if (/['’]s$/.test(text) || text === text.toUpperCase()) return false;
  const words = nameWords(text);
  return words.length > 0 && !words.some((w) => NOT_A_NAME.has(w));
}

/**
 * The source of a quotation (`quoted`) or of reported speech (otherwise) replaced by another name
 * the article gives a source: of the same shape (a person for a person, "The …" for "The …"),
 * sharing no word with it, as long in words if one is.
 */
function swapEdits(article: PolnearArticle, quoted: boolean): Edit[] {
  const names = [
    ...new Set(
      article.attributions.flatMap((a) => (single(a.source) && isName(a.source.text) ? [a.source.text] : [])),
    ),
  ].sort();
  const out: Edit[] = [];
  for (const a of article.attributions) {
    if ((a.quoted !== 'none') !== quoted || !single(a.source) || !isName(a.source.text)) continue;
    const own = nameWords(a.source.text);
    // A person for a person, an organisation ("The …") for an organisation.
    const org = a.source.text.startsWith('The ');
    const others = names.filter(
      (n) => n.startsWith('The ') === org && !nameWords(n).some((w) => own.includes(w)),
    );
    const sameLength = others.filter((n) => nameWords(n).length === own.length);
    const pool = sameLength.length > 0 ? sameLength : others;
    if (pool.length === 0) continue;
    const by = pool[Number.parseInt(hashId(`${article.id}:${a.source.start}`, 8), 16) % pool.length];
    out.push({ at: spanOf(a.source), by, about: contentSpans(a) });
  }
  return out;
}

function contentSpans(a: PolnearAttribution): Span[] {
  return a.content.fragments.length > 0
    ? a.content.fragments.map(([start, end]) => ({ start, end }))
    : [spanOf(a.content)];
}

/** Reported speech with the cue "said" (or "says") turned into "denied" ("denies"). */
function deniedEdits(article: PolnearArticle): Edit[] {
  const out: Edit[] = [];
  for (const a of article.attributions) {
    if (a.quoted !== 'none' || !single(a.cue)) continue;
    const by = a.cue.text === 'said' ? 'denied' : a.cue.text === 'says' ? 'denies' : null;
    if (by) out.push({ at: spanOf(a.cue), by, about: contentSpans(a) });
  }
  return out;
}

/**
 * A quantity written in digits with its last non-zero digit moved by one (41.2 → 41.3,
 * 2,500 → 2,600). Quantities are numbers with a currency sign, a percent or a scale word, a
 * thousands separator or a decimal point, or a count of ten or more before a word; years, dates,
 * times, ordinals and numbers inside words ("COVID-19", "9/11") are not quantities.
 */
function digitEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}\d/,.:-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\d/])|(?<![\p{L}\d/,.:-])\d+(?:\.\d+)?(?![\p{L}\d/])/gu,
  )) {
    const number = m[0];
    const start = m.index ?? 0;
    const end = start + number.length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 24);
    if (!isQuantity(number, before, after)) continue;
    const moved = moveDigit(number);
    if (moved) out.push({ at: { start, end }, by: moved, about: [] });
  }
  return out;
}

function isQuantity(number: string, before: string, after: string): boolean {
  if (MONTH.test(before) || /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:)/i.test(after) || /(?:No\.|#)\s*$/.test(before))
    return false;
  if (/^(?:1[89]|20)\d\d$/.test(number) && !/[$£€]\s*$/.test(before) && !/^\s*%/.test(after)) return false;
  if (/^-\p{L}/u.test(after)) return false;
  if (/[$£€]\s*$/.test(before)) return true;
  if (
    /^\s*(?:%|percent|per cent|percentage|million|billion|trillion|thousand)\b/i.test(after) ||
    /^%/.test(after)
  )
    return true;
  if (/[,.]/.test(number)) return true;
  // A bare count needs a noun after it and no name before it ("Patriot 125" is a channel, not a count).
  return Number(number) >= 10 && /^\s[a-z]/.test(after) && !/\p{Lu}[\p{L}.]*\s$/u.test(before);
}

/** The number with its last non-zero digit moved by one (up, or down from 9). */
function moveDigit(number: string): string | null {
  for (let i = number.length - 1; i >= 0; i--) {
    const d = number.charCodeAt(i) - 48;
    if (d >= 1 && d <= 9) return number.slice(0, i) + String(d === 9 ? 8 : d + 1) + number.slice(i + 1);
  }
  return null;
}
