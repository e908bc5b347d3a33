import { contentWords, overlap } from '../compare/index.js';
import type { Analysis } from '../model/index.js';
import type { ClaimEntry, ClaimRow } from './types.js';

/** Members of a row a new claim is compared with (the first ones: the row's core). */
const MAX_COMPARED = 20;
/** Rows looked at per shared word: a word in every row says nothing about the proposition. */
const MAX_POSTINGS = 200;
/** Share of words two claims must share to be about the same proposition. */
const SAME_PROPOSITION = 0.5;

/**
 * Who confirms, denies, declines to comment on or reports what: claims grouped by proposition.
 * `analyses` come in reporting order (`inReportingOrder`): the first claim of a row names its topic.
 */
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
  // Rows are found through the words they contain, so each claim meets only rows it shares words with.
  const index = new Map<string, number[]>();
  for (const { words, entry } of entries) {
    const candidates = new Set<number>();
    for (const w of words) for (const r of (index.get(w) ?? []).slice(0, MAX_POSTINGS)) candidates.add(r);
    const at = [...candidates]
      .sort((a, b) => a - b)
      .find((r) => rows[r].words.slice(0, MAX_COMPARED).every((w) => sameProposition(w, words)));
    if (at !== undefined) {
      rows[at].words.push(words);
      rows[at].row.entries.push(entry);
      continue;
    }
    rows.push({ words: [words], row: { topic: entry.text, entries: [entry] } });
    for (const w of words) {
      const list = index.get(w);
      if (list) list.push(rows.length - 1);
      else index.set(w, [rows.length - 1]);
    }
  }
  return rows.map((r) => r.row).sort((a, b) => b.entries.length - a.entries.length);
}

function sameProposition(a: Set<string>, b: Set<string>): boolean {
  // A one-word proposition says too little to join a row.
  return a.size >= 2 && b.size >= 2 && overlap(a, b) >= SAME_PROPOSITION;
}
