import type { BriefSentence } from './types.js';

/** A piece of a sentence as rendered: text, or a citation of source `n`. */
export type SentencePart = { text: string } | { cite: number };

/** "[n]", the brief's citation marker. */
const MARKER = /\[(\d+)\]/g;

/**
 * A sentence split into text and its citations, with source text unable to forge one. An extract
 * is a source's own words: a "[1]" in it is the source's, shown as "(1)", and its citations follow
 * it. A generated sentence places its markers itself; one whose number the sentence does not cite
 * came with a source's words and is shown as text. A sentence without markers of its own gets its
 * citations after it.
 */
export function sentenceParts(s: BriefSentence): { parts: SentencePart[]; inline: boolean } {
  const parts: SentencePart[] = [];
  let from = 0;
  let inline = false;
  if (s.kind === 'generated') {
    for (const m of s.text.matchAll(MARKER)) {
      const n = Number(m[1]);
      if (!s.citations.includes(n)) continue;
      if (m.index > from) parts.push({ text: defused(s.text.slice(from, m.index)) });
      parts.push({ cite: n });
      from = m.index + m[0].length;
      inline = true;
    }
  }
  if (from < s.text.length) parts.push({ text: defused(s.text.slice(from)) });
  return { parts, inline };
}

/** Source text with its bracketed numbers in parentheses: "[1]" → "(1)", never a citation. */
function defused(text: string): string {
  return text.replace(MARKER, '($1)');
}
