import type { Analysis, Quote } from '../model/index.js';
import { sameName } from './match.js';
import type { QuoteGroup, QuoteOccurrence, SpeakerQuotes } from './types.js';
import { alignNear, describeDifferences, wordsWithSpans } from './wording.js';

/** Share of a shorter quote's words found in a longer one for both to be the same quote. */
const SAME_QUOTE = 0.6;
const UNATTRIBUTED = 'unattributed';

/** Quotes grouped by speaker, the same quote across outlets grouped, wording differences shown. */
export function quotesBySpeaker(analyses: Analysis[]): SpeakerQuotes[] {
  const speakers: SpeakerQuotes[] = [];
  for (const a of analyses) {
    for (const q of a.quotes) {
      const name = q.speaker?.name ?? UNATTRIBUTED;
      let home = speakers.find((s) => s.speaker === name || sameName(s.speaker, name));
      if (!home) {
        home = { speaker: name, quotes: [] };
        speakers.push(home);
      }
      if (name.length > home.speaker.length && name !== UNATTRIBUTED) home.speaker = name;
      addQuote(home.quotes, occurrence(a, q));
    }
  }
  for (const s of speakers) for (const g of s.quotes) g.variants = variantsOf(g);
  return speakers.sort((a, b) => count(b) - count(a) || a.speaker.localeCompare(b.speaker));
}

function count(s: SpeakerQuotes): number {
  return s.quotes.reduce((n, g) => n + g.occurrences.length, 0);
}

function occurrence(a: Analysis, q: Quote): QuoteOccurrence {
  return {
    text: q.text,
    kind: q.kind,
    outlet: a.article.outlet,
    date: a.article.published,
    citation: { articleId: a.article.id, span: q.span },
  };
}

function addQuote(groups: QuoteGroup[], occ: QuoteOccurrence): void {
  const words = wordsWithSpans(occ.text);
  for (const g of groups) {
    const canon = wordsWithSpans(g.text);
    const [short, long] = words.length <= canon.length ? [words, canon] : [canon, words];
    const aligned = alignNear(short, long);
    if (aligned && aligned.coverage >= SAME_QUOTE) {
      g.occurrences.push(occ);
      if (occ.text.length > g.text.length) g.text = occ.text;
      return;
    }
  }
  groups.push({ text: occ.text, occurrences: [occ], variants: [] });
}

function variantsOf(g: QuoteGroup): QuoteGroup['variants'] {
  const canon = wordsWithSpans(g.text);
  const out: QuoteGroup['variants'] = [];
  for (const occ of g.occurrences) {
    if (occ.text === g.text) continue;
    const words = wordsWithSpans(occ.text);
    const aligned = alignNear(words, canon);
    if (!aligned) continue;
    const differences = describeDifferences(aligned, occ.text, words, g.text, canon);
    if (differences.length > 0) out.push({ occurrence: occ, differences });
  }
  return out;
}
