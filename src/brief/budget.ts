import type { BriefSection, BriefSentence } from './types.js';

/** The timeline comes after every other section's second sentence: it is the brief's appendix. */
const TIMELINE_DELAY = 2;

const delay = (section: BriefSection) => (section.id === 'timeline' ? TIMELINE_DELAY : 0);

/** Words of a sentence as a reader counts them. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,%$£€-]*/gu)?.length ?? 0;
}

/**
 * The sentences left out to keep a brief near `words` words: each section's first sentences
 * before any section's later ones, in section order, so a short brief still has its lead, a
 * figure, a quote and a side. The lead's first sentence always stays. Once a sentence does not
 * fit, the rest of its paragraph goes too (a paragraph is never left with a hole).
 */
export function overBudget(sections: BriefSection[], words: number): Set<BriefSentence> {
  const ranked = sections.flatMap((section, order) =>
    section.paragraphs.flatMap((p, i) =>
      p.map((s, k) => ({
        s,
        p,
        order,
        // A figure paragraph's own summary ("Reports differ …", "Taken together …") says most.
        rank: i + (section.id === 'figures' && s.kind === 'generated' ? 0 : k) + delay(section),
      })),
    ),
  );
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const out = new Set<BriefSentence>();
  const cut = new Set<BriefSentence[]>();
  let total = 0;
  for (const [i, { s, p }] of ranked.entries()) {
    const n = wordCount(s.text);
    if (i > 0 && (cut.has(p) || total + n > words)) {
      out.add(s);
      cut.add(p);
    } else total += n;
  }
  return out;
}
