import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import {
  FOREIGN_ELEMENTS,
  HTML_INTEGRATION_ELEMENTS,
  OPEN_IMPLIES_CLOSE,
  VOID_ELEMENTS,
} from './data/tree-rules.js';

/** What `boundNesting` found and did. */
export interface BoundedPage {
  /** The page with the tags of elements nested deeper than the limit removed (their text stays). */
  html: string;
  /** Elements in the page as given. */
  elements: number;
  /** The deepest nesting in the page as given. */
  depth: number;
}

/** Elements whose content htmlparser2 reads as raw text: removing only their tags would turn code into article text. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

interface OpenElement {
  name: string;
  /** Where its start tag begins: a cut raw-text element goes from here to the end of its end tag. */
  start: number;
  cut: boolean;
}

/**
 * Removes the markup of elements nested deeper than `maxDepth`, keeping their text in place, so the
 * page parses into a tree no deeper than the limit. A page within the limit comes back as it was.
 *
 * Written by hand because htmlparser2's Parser (under linkedom) keeps its open elements with
 * `Array.unshift`, so a parse is quadratic in depth: 100,000 nested elements took 35–53 s. This
 * scan runs the same Tokenizer and the Parser's tree rules (implied end tags, void and foreign
 * elements) over a stack that grows at the end, in linear time; it never closes an element the
 * Parser would keep open, so the depth it counts is at least the depth the DOM gets.
 */
export function boundNesting(html: string, maxDepth: number): BoundedPage {
  const cuts: [number, number][] = [];
  const stack: OpenElement[] = [];
  /** How many elements of each name are open: an end tag with none open is ignored without a search. */
  const openByName = new Map<string, number>();
  const foreign: boolean[] = [false];
  let elements = 0;
  let deepest = 0;
  /** The start tag being read: its element, and where the tag began. */
  let pending: { element: OpenElement | null; start: number; cut: boolean } | null = null;

  const push = (element: OpenElement) => {
    stack.push(element);
    openByName.set(element.name, (openByName.get(element.name) ?? 0) + 1);
  };
  const pop = (): OpenElement => {
    const element = stack.pop()!;
    openByName.set(element.name, openByName.get(element.name)! - 1);
    return element;
  };
  const opened = (name: string, start: number) => {
    elements++;
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1].name)) pop();
    const cut = stack.length + 1 > maxDepth;
    if (stack.length + 1 > deepest) deepest = stack.length + 1;
    let element: OpenElement | null = null;
    if (!VOID_ELEMENTS.has(name)) {
      element = { name, start, cut };
      push(element);
      if (FOREIGN_ELEMENTS.has(name)) foreign.push(true);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) foreign.push(false);
    }
    pending = { element, start, cut };
  };
  /** An element a stray end tag makes, cut when it would be too deep. */
  const strayElement = (start: number, end: number) => {
    elements++;
    if (stack.length + 1 > maxDepth) cuts.push([start, end]);
  };
  const closed = (name: string, start: number, end: number) => {
    if ((FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) && foreign.length > 1)
      foreign.pop();
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` makes a <br>; other void end tags are ignored.
      if (name === 'br') strayElement(start, end);
    } else if ((openByName.get(name) ?? 0) > 0) {
      let element = pop();
      while (element.name !== name) element = pop();
      if (element.cut) cuts.push([RAW_TEXT.has(name) ? element.start : start, end]);
    } else if (name === 'p') {
      // A stray `</p>` makes an empty paragraph.
      strayElement(start, end);
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      opened(html.slice(start, end).toLowerCase(), start - 1);
    },
    onopentagend(end) {
      const tag = pending;
      pending = null;
      if (tag?.cut && !(tag.element && RAW_TEXT.has(tag.element.name))) cuts.push([tag.start, end + 1]);
    },
    onselfclosingtag(end) {
      const tag = pending;
      pending = null;
      if (!tag) return;
      // Self-closing syntax closes an element only inside SVG or MathML, as in the Parser.
      if (foreign[foreign.length - 1] && tag.element && stack[stack.length - 1] === tag.element) pop();
      if (tag.cut) cuts.push([tag.start, end + 1]);
    },
    onclosetag(start, end) {
      // The name ends at `end`; the tag at the next `>`, where the Tokenizer resumes.
      const close = html.indexOf('>', end);
      closed(html.slice(start, end).toLowerCase(), start - 2, close < 0 ? html.length : close + 1);
    },
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onend() {
      // A raw-text element left open at the end runs to the end of the page.
      for (const element of stack)
        if (element.cut && RAW_TEXT.has(element.name)) cuts.push([element.start, html.length]);
    },
    onprocessinginstruction() {},
    ontext() {},
    ontextentity() {},
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { html: cuts.length === 0 ? html : without(html, cuts), elements, depth: deepest };
}

/** `text` less the given ranges; ranges may come in any order and may overlap. */
function without(text: string, ranges: [number, number][]): string {
  ranges.sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) kept.push(text.slice(from, start));
    from = Math.max(from, end);
  }
  kept.push(text.slice(from));
  return kept.join('');
}
