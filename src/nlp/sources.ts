import type { SourceRef } from '../model/index.js';

const BULLET = /^[ \t]*[-–—•*][ \t]+(.+?)[ \t]*$/u;
/** An explicit separator between headline and outlet: two spaces, a tab, " | ", " — ", " - ". */
const SEPARATOR = /^(.+?)(?:[ \t]{2,}|\t| [|—–-] )([^|—–\t]+)$/u;
/** Without a separator the outlet is the trailing capitalised run, preferably one starting "The". */
const THE_OUTLET = /^(.+?)[ \t]+(The(?:[ \t]+[\p{Lu}][\p{L}.&'’-]*)+)$/u;
const CAPS_OUTLET = /^(.+?\p{Ll}[\p{Ll}\p{N}’'”]*)[ \t]+((?:[\p{Lu}][\p{L}.&'’-]*[ \t]*){1,4})$/u;

/** The trailing source list of an article and where it begins. */
export interface SourceList {
  sources: SourceRef[];
  /** Offset of the first source line (text.length when the article has no list). */
  start: number;
}

/**
 * Finds the bulleted source list closing a synthesized article ("- Headline  The Outlet"),
 * optionally under a "Sources:" heading. Bullet lines elsewhere in the article are not sources.
 */
export function parseSourceList(text: string): SourceList {
  const lines = splitLines(text);
  let k = lines.length - 1;
  while (k >= 0 && lines[k].line.trim() === '') k--;
  const found: SourceRef[] = [];
  let start = text.length;
  for (; k >= 0; k--) {
    const { line, offset } = lines[k];
    const m = BULLET.exec(line);
    if (!m) break;
    const lead = line.indexOf(m[1]);
    found.unshift(splitHeadline(m[1], offset + lead));
    start = offset;
  }
  if (found.length > 0 && k >= 0 && /^\s*sources?\s*:?\s*$/i.test(lines[k].line)) start = lines[k].offset;
  return { sources: found, start };
}

function splitHeadline(entry: string, offset: number): SourceRef {
  const span = { start: offset, end: offset + entry.length };
  for (const re of [SEPARATOR, THE_OUTLET, CAPS_OUTLET]) {
    const m = re.exec(entry);
    if (m) return { title: m[1].trim(), outlet: m[2].trim(), span };
  }
  return { title: entry, outlet: '', span };
}

function splitLines(text: string): { line: string; offset: number }[] {
  const out: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    out.push({ line: line.replace(/\r$/, ''), offset });
    offset += line.length + 1;
  }
  return out;
}
