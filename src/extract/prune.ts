import { LINK_BLOCK_TAGS } from './data/blocks.js';
import { ARTICLE_FURNITURE, FURNITURE_LINES, type FurnitureRules, POPUP_WORDS } from './data/boilerplate.js';

/** The DOM members pruning needs; linkedom and browser elements both have them. */
export interface PrunableElement {
  tagName: string;
  getAttribute(name: string): string | null;
  children: ArrayLike<PrunableElement>;
  querySelectorAll(selector: string): ArrayLike<PrunableElement>;
  remove(): void;
  textContent: string | null;
  parentElement: PrunableElement | null;
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

function hasWord(el: PrunableElement, words: ReadonlySet<string>): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return classWords(names).some((w) => words.has(w));
}

/** True when an element's tag, class or id marks it as page furniture rather than body text. */
export function isFurniture(el: PrunableElement, rules: FurnitureRules = ARTICLE_FURNITURE): boolean {
  if (rules.tags.has(el.tagName.toUpperCase())) return true;
  if (hasWord(el, rules.words)) return true;
  // A pop-up card sits inside the hover target; the target and its link stay, the card goes.
  const parent = el.parentElement;
  return (
    el.tagName.toUpperCase() !== 'A' &&
    parent !== null &&
    hasWord(el, POPUP_WORDS) &&
    hasWord(parent, POPUP_WORDS)
  );
}

/**
 * Removes captions, bylines, dates, share and related boxes, and hover cards under `root`. An
 * element holding more than a fifth of the text is kept whatever its name: it is the article.
 */
export function pruneFurniture(root: PrunableElement, rules: FurnitureRules = ARTICLE_FURNITURE): void {
  const total = root.textContent?.length ?? 0;
  // Walk down from the root and do not enter what was removed: each element is looked at once at most.
  const stack: PrunableElement[] = Array.from(root.children);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (isFurniture(el, rules) && (el.textContent?.length ?? 0) <= total * MAX_FURNITURE_SHARE) {
      el.remove();
      continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Drops whole paragraphs that are furniture ("Advertisement", "Read more", "Skip to content"). */
export function dropFurnitureLines(text: string, lines: readonly RegExp[] = FURNITURE_LINES): string {
  return text
    .split('\n\n')
    .filter((para) => !lines.some((re) => re.test(para.trim())))
    .join('\n\n');
}

/**
 * Removes lists, list items and paragraphs that are mostly links ("related stories" rails,
 * headline lists): those whose link text is at least `minDensity` of their text.
 */
export function pruneLinkBlocks(root: PrunableElement, minDensity: number): void {
  const stack: PrunableElement[] = Array.from(root.children);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (LINK_BLOCK_TAGS.has(el.tagName.toUpperCase()) && linkDensity(el) >= minDensity) {
      el.remove();
      continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Share of an element's visible characters that sit inside links; 0 for an element without text. */
function linkDensity(el: PrunableElement): number {
  const length = (node: { textContent: string | null }) =>
    (node.textContent ?? '').replace(/\s+/g, '').length;
  const total = length(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += length(a);
  return linked / total;
}
