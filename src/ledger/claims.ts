import type { Analysis } from '../model/index.js';
import { contentWords } from './match.js';
import type { ClaimEntry, ClaimRow } from './types.js';

/** Share of words two claims must share to be about the same proposition. */
const SAME_PROPOSITION = 0.5;

/** Who confirms, denies, declines to comment on or reports what: claims grouped by proposition. */
export function claimsMatrix(analyses: Analysis[]): ClaimRow[] {
  const rows: { words: Set<string>[]; row: ClaimRow }[] = [];
  const entries = analyses.flatMap((a) =>
    a.claims.map((c) => ({
      words: new Set(contentWords(c.text)),
      entry: {
        claimant: c.claimant ?? 'unattributed',
        stance: c.stance,
        text: c.text,
        outlet: a.article.outlet,
        date: a.article.published,
        citation: { articleId: a.article.id, span: c.span },
      } satisfies ClaimEntry,
    })),
  );
  entries.sort((a, b) => (a.entry.date ?? '').localeCompare(b.entry.date ?? ''));
  for (const { words, entry } of entries) {
    const home = rows.find((r) => r.words.every((w) => samePropositon(w, words)));
    if (home) {
      home.words.push(words);
      home.row.entries.push(entry);
    } else {
      rows.push({ words: [words], row: { topic: entry.text, entries: [entry] } });
    }
  }
  return rows.map((r) => r.row).sort((a, b) => b.entries.length - a.entries.length);
}

function samePropositon(a: Set<string>, b: Set<string>): boolean {
  if (a.size < 2 || b.size < 2) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= SAME_PROPOSITION;
}
