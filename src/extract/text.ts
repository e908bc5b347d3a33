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

/**
 * Renders an element as plain text the way a reader sees it: block elements become paragraphs
 * separated by a blank line, `<br>` a line break, table cells a space, whitespace collapsed
 * (kept inside `<pre>`), scripts, styles, media and form controls dropped.
 */
export function blockText(root: TextNodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const para = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (para) paragraphs.push(para);
    current = '';
  };
  // An explicit stack, not recursion: hostile pages nest tens of thousands of elements deep.
  const stack: (TextNodeLike | 'end-block' | 'end-pre' | 'space')[] = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item === 'space') {
      current += ' ';
      continue;
    }
    if (item === 'end-pre') {
      preDepth--;
      flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const text = item.textContent ?? '';
      current += preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const tag = item.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      current += ' ';
      stack.push('space');
    }
    if (tag === 'PRE') {
      flush();
      preDepth++;
      stack.push('end-pre');
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push('end-block');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs.join('\n\n');
}
