import { FURNITURE_CLASS_WORDS, FURNITURE_LINES, FURNITURE_TAGS } from './data/boilerplate.js';

/** The DOM members pruning needs; linkedom and browser elements both have them. */
export interface PrunableElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PrunableElement>;
  remove(): void;
  textContent: string | null;
}

/** A furniture-looking element holding more than this share of the article's text is kept: it is the article. */
const MAX_FURNITURE_SHARE = 0.2;

/** Splits a class or id value into lower-case words: `postByline__date` → post, byline, date. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** True when an element's tag, class or id marks it as page furniture rather than body text. */
export function isFurniture(el: PrunableElement, tags: readonly string[] = FURNITURE_TAGS): boolean {
  if (tags.includes(el.tagName.toUpperCase())) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return classWords(names).some((w) => FURNITURE_CLASS_WORDS.has(w));
}

/** Removes captions, bylines, dates, share and related boxes from an extracted article element. */
export function pruneFurniture(root: PrunableElement): void {
  const total = root.textContent?.length ?? 0;
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all) {
    if (isFurniture(el) && (el.textContent?.length ?? 0) <= total * MAX_FURNITURE_SHARE) el.remove();
  }
}

/** Drops whole paragraphs that are furniture ("Advertisement", "Read more", "Skip to content"). */
export function dropFurnitureLines(text: string, lines: readonly RegExp[] = FURNITURE_LINES): string {
  return text
    .split('\n\n')
    .filter((para) => !lines.some((re) => re.test(para.trim())))
    .join('\n\n');
}
