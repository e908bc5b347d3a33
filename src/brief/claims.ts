import type { ClaimEntry, ClaimRow } from '../ledger/index.js';
import type { Stance } from '../model/index.js';
import { extract, isUsed, sentenceAt, standsAlone, type Workbench } from './context.js';
import type { BriefSection, BriefSentence } from './types.js';

/** The stances this section reports, in the order it reports them. */
const SHOWN: Stance[] = ['confirms', 'denies', 'declines'];
const MAX_ENTRIES = 6;

/** One claim in its source's words. */
function sentenceFor(w: Workbench, e: ClaimEntry): BriefSentence | null {
  // A claim in a headline or a sentence already in the brief is not said again.
  const c = sentenceAt(w, e.citation);
  return c && !isUsed(w, c) && standsAlone(w, c) ? extract(w, c) : null;
}

/** Confirmations, denials and refusals to comment: one per claimant and stance, confirmations first. */
export function writeClaims(w: Workbench, rows: ClaimRow[]): BriefSection | null {
  const seen = new Set<string>();
  const entries = rows
    .flatMap((r) => r.entries)
    .filter((e) => SHOWN.includes(e.stance))
    .sort((a, b) => SHOWN.indexOf(a.stance) - SHOWN.indexOf(b.stance));
  const paragraph: BriefSentence[] = [];
  for (const e of entries) {
    const key = `${e.claimant.toLowerCase()}|${e.stance}`;
    if (seen.has(key) || paragraph.length >= MAX_ENTRIES) continue;
    seen.add(key);
    const s = sentenceFor(w, e);
    if (s) paragraph.push(s);
  }
  if (paragraph.length === 0) return null;
  return { id: 'claims', heading: 'Confirmations and denials', paragraphs: [paragraph] };
}
