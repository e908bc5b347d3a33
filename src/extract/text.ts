import { BLOCK_TAGS, CELL_TAGS, SKIP_TAGS } from './data/blocks.js';

/** The few DOM members text extraction reads; linkedom and browser nodes both have them. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What the walk pushes after an element's children: close its block or its `<pre>`, or add a space after a cell. */
type Marker = 'end-block' | 'end-pre' | 'space';

/**
 * Renders an element as plain text the way a reader sees it: block elements become paragraphs
 * separated by a blank line, `<br>` a line break, table cells a space, whitespace collapsed
 * (kept inside `<pre>`), scripts, styles, media and form controls dropped.
 */
export function blockText(root: TextNodeLike): string {
  const out = new Paragraphs();
  // An explicit stack, not recursion: hostile pages nest tens of thousands of elements deep.
  const stack: (TextNodeLike | Marker)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') out.close(item);
    else if (item.nodeType === TEXT_NODE) out.text(item.textContent ?? '');
    else if (item.nodeType === ELEMENT_NODE) open(item, stack, out);
  }
  return out.finish();
}

/** Starts an element: its own line break, space or paragraph, then its children (first on top). */
function open(element: TextNodeLike, stack: (TextNodeLike | Marker)[], out: Paragraphs): void {
  const tag = element.nodeName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.append('\n');
    return;
  }
  if (CELL_TAGS.has(tag)) {
    out.append(' ');
    stack.push('space');
  }
  if (tag === 'PRE') {
    out.flush();
    out.preDepth++;
    stack.push('end-pre');
  } else if (BLOCK_TAGS.has(tag)) {
    out.flush();
    stack.push('end-block');
  }
  const children = element.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

/** The text written so far, as finished paragraphs and the one being written. */
class Paragraphs {
  readonly #done: string[] = [];
  #current = '';
  /** How many `<pre>` elements the walk is inside: their whitespace is kept. */
  preDepth = 0;

  append(text: string): void {
    this.#current += text;
  }

  /** A text node's text, its whitespace collapsed outside `<pre>`. */
  text(text: string): void {
    this.#current += this.preDepth > 0 ? text : text.replace(/\s+/g, ' ');
  }

  close(marker: Marker): void {
    if (marker === 'space') {
      this.append(' ');
      return;
    }
    if (marker === 'end-pre') this.preDepth--;
    this.flush();
  }

  /** Ends the current paragraph: its lines trimmed, blank lines dropped. */
  flush(): void {
    const para = this.#current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (para) this.#done.push(para);
    this.#current = '';
  }

  finish(): string {
    this.flush();
    return this.#done.join('\n\n');
  }
}
