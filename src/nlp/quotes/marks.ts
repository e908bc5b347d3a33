import type { Doc, Span } from '../../model/index.js';

/** A quotation found by its marks: content fragments (marks excluded) and the tokens of its marks. */
export interface QuotedSpan {
  /** Content per paragraph, marks and outer spaces excluded; several when it runs over paragraphs. */
  fragments: Span[];
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote ran to a paragraph end unclosed. */
  close: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '‟', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const OPEN_SINGLE = new Set(['‘', '‚', '‹']);
const CLOSE_SINGLE = new Set(['’', '›']);
/** Characters after which a mark opens a quotation rather than closing one. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;
/** Characters before which a mark closes a quotation. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-/…]/;
/** A top-level single-quoted phrase longer than this many tokens is taken for apostrophes, not a quote. */
const MAX_SINGLE_TOKENS = 40;

type Role = 'open' | 'close' | 'either';

/** Whether a mark opens or closes, from the characters around it; the glyph decides only when context cannot. */
function roleOf(text: string, at: number, glyphOpens: boolean | null): Role {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = at + 1 >= text.length ? ' ' : text[at + 1];
  const opensByContext = OPENING_CONTEXT.test(before) && !/\s/.test(after);
  const closesByContext = CLOSING_CONTEXT.test(after) && !/\s/.test(before);
  if (opensByContext && !closesByContext) return 'open';
  if (closesByContext && !opensByContext) return 'close';
  if (glyphOpens === null) return 'either';
  return glyphOpens ? 'open' : 'close';
}

/** Marks the first token of each paragraph (a newline in the gap before it); linear in the text. */
function paragraphStarts(doc: Doc): Uint8Array {
  const starts = new Uint8Array(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i === 0) {
      starts[i] = 1;
      continue;
    }
    const from = doc.tokens[i - 1].end;
    const to = doc.tokens[i].start;
    for (let k = from; k < to; k++) {
      if (doc.text.charCodeAt(k) === 10) {
        starts[i] = 1;
        break;
      }
    }
  }
  return starts;
}

/** The content between two offsets with outer whitespace trimmed, or null when nothing is left. */
function contentSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Finds quotations by their marks in one linear pass over the tokens: curly, straight and guillemet
 * double marks; nested single marks stay inside their double quotation; top-level single marks pair up
 * within a paragraph (headline style). A quotation left open at a paragraph end continues when the next
 * paragraph opens with a mark (news style for multi-paragraph quotes); otherwise it ends there, unclosed.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a linear state machine over the tokens (open double, nested single, top-level single, paragraph continuation); its states share the cursor and the open marks.
export function scanQuoteMarks(doc: Doc): QuotedSpan[] {
  const { text, tokens } = doc;
  const starts = paragraphStarts(doc);
  const found: QuotedSpan[] = [];
  let open = -1;
  let fragStart = 0;
  let fragments: Span[] = [];
  let single = -1;

  const finish = (close: number, end: number) => {
    const last = contentSpan(text, fragStart, end);
    const all = last ? [...fragments, last] : fragments;
    if (all.length > 0) found.push({ fragments: all, open, close });
    open = -1;
    fragments = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (starts[i] && i > 0) {
      single = -1;
      if (open >= 0) {
        const prevEnd = tokens[i - 1].end;
        if (tok.kind === 'quote' && (OPEN_DOUBLE.has(tok.text) || tok.text === '"')) {
          const frag = contentSpan(text, fragStart, prevEnd);
          if (frag) fragments.push(frag);
          fragStart = tok.end;
          continue;
        }
        finish(-1, prevEnd);
      }
    }
    if (tok.kind !== 'quote') continue;
    const ch = tok.text;
    const isDouble = OPEN_DOUBLE.has(ch) || CLOSE_DOUBLE.has(ch) || ch === '"';
    if (isDouble) {
      const role = roleOf(text, tok.start, ch === '"' ? null : OPEN_DOUBLE.has(ch));
      if (open < 0) {
        if (role !== 'close') {
          open = i;
          fragStart = tok.end;
          fragments = [];
          single = -1;
        }
      } else if (role !== 'open' || ch === '"' || CLOSE_DOUBLE.has(ch)) {
        finish(i, tok.start);
      } else {
        // A second opening mark before any close: the first was stray; start over from here.
        open = i;
        fragStart = tok.end;
        fragments = [];
      }
      continue;
    }
    // Single marks inside a double quotation belong to its content.
    if (open >= 0) continue;
    const isSingle = OPEN_SINGLE.has(ch) || CLOSE_SINGLE.has(ch) || ch === "'";
    if (!isSingle) continue;
    const role = roleOf(text, tok.start, ch === "'" ? null : OPEN_SINGLE.has(ch));
    if (single < 0) {
      if (role === 'open') single = i;
    } else if (role !== 'open') {
      if (i - single <= MAX_SINGLE_TOKENS) {
        const span = contentSpan(text, tokens[single].end, tok.start);
        if (span) found.push({ fragments: [span], open: single, close: i });
      }
      single = -1;
    } else {
      single = i;
    }
  }
  if (open >= 0) finish(-1, tokens[tokens.length - 1].end);
  return found.sort((a, b) => a.fragments[0].start - b.fragments[0].start);
}
