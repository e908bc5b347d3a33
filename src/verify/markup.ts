/**
 * Masks the markup of a Markdown or HTML draft with spaces so that the text analysed has the same
 * length as the draft: every offset found in it is an offset in the draft too. A brief's own
 * apparatus is masked as well, so it is never checked as a claim: citation markers ("[3]"), and
 * headings (Markdown "#" lines, HTML h1–h6) whole, as they name sections rather than say anything.
 * (A trailing source list is found by `parseSourceList`: verify checks only the figures past its start.)
 */
export function analysableText(draft: string): string {
  // Markers first: Markdown masking would take "[1] " for the start of a link and leave the "1".
  const unmarked = draft.replace(CITATION_MARKERS, blank);
  return looksLikeHtml(unmarked) ? maskHtml(unmarked) : maskMarkdown(unmarked);
}

/** "[3]", "[5][6]": a brief's citation markers. */
const CITATION_MARKERS = /\[\d{1,3}\](?:\[\d{1,3}\])*/g;

const BLOCK_TAG = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|section|article|header|footer|blockquote|tr|table|hr)\b/i;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|html|body|h[1-6]|span|a|em|strong|ul|li|article|section)\b[^>]*>/i.test(text);
}

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/** Tags become spaces (a block tag starts with a newline so paragraphs stay sentences); entities decode in place. */
function maskHtml(html: string): string {
  return (
    html
      .replace(/<(script|style|h[1-6])\b[\s\S]*?<\/\1\s*>/gi, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      // A list item reads as a "- " bullet line, so a closing list of sources is recognised as one.
      .replace(/<li\b[^>]*>/gi, (tag) => `\n- ${' '.repeat(tag.length - 3)}`)
      .replace(/<[^>]*>/g, (tag) => (BLOCK_TAG.test(tag) ? `\n${' '.repeat(tag.length - 1)}` : blank(tag)))
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string, at: number, all: string) => {
        const char = decodeEntity(name);
        if (char === null || char.length > entity.length) return entity;
        // The character sits next to the text it belongs to: “ before the word that follows, ” after the one before.
        const pad = ' '.repeat(entity.length - char.length);
        return /[\p{L}\p{N}]/u.test(all[at + entity.length] ?? '') ? pad + char : char + pad;
      })
  );
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}

/** Headings, emphasis marks, link targets and block-quote markers become spaces. */
function maskMarkdown(md: string): string {
  return (
    md
      .replace(/^#{1,6}[ \t].*$/gm, blank)
      .replace(/^>[ \t]?/gm, blank)
      .replace(/\]\([^)\s]*\)/g, blank)
      .replace(/!?\[(?=[^\]\n]*\]\s)/g, blank)
      .replace(/(?<!\\)(\*\*|__|\*|`)/g, blank)
      // A backslash escape ("\\_" in a name) goes; the character it escapes stays.
      .replace(/\\(?=[\\`*_<>[\]#])/g, ' ')
  );
}
