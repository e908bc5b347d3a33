import { surnameOf } from '../compare/index.js';
import type { QuoteGroup, QuoteOccurrence, SpeakerQuotes } from '../ledger/index.js';
import type { Quote, Span } from '../model/index.js';
import { extract, generated, isUsed, markUsed, numberOf, sourceText, type Workbench } from './context.js';
import { type Candidate, isBalanced } from './sentences.js';
import type { BriefSection, BriefSentence } from './types.js';

const UNATTRIBUTED = 'unattributed';
/** A shorter quote says too little alone, unless it is the phrase the coverage repeats. */
const MIN_QUOTE_WORDS = 4;

/** Whether a quote is worth showing: four words or more, or carried by more than one article. */
function informative(group: QuoteGroup): boolean {
  const words = group.text.match(/[\p{L}\p{N}’']+/gu)?.length ?? 0;
  const articles = new Set(group.occurrences.map((o) => o.citation.articleId)).size;
  return words >= MIN_QUOTE_WORDS || articles > 1;
}

/** The quote to show for a speaker: the one most outlets carry, direct before partial, longer first. */
function keyQuote(w: Workbench, s: SpeakerQuotes): { group: QuoteGroup; occ: QuoteOccurrence } | null {
  const scored = s.quotes.filter(informative).flatMap((group) => {
    // Indirect speech is a paraphrase: it is never shown between quote marks.
    const options = group.occurrences
      .filter((o) => o.kind !== 'indirect')
      .map((occ) => {
        const q = findQuote(w, occ.citation.articleId, occ.citation.span);
        // A source sentence that names the speaker reads better than a written attribution.
        const named = q !== null && quoteSentences(w, q, occ.citation.articleId, s.speaker) !== null;
        return { group, occ, named };
      })
      .sort(
        (a, b) =>
          Number(b.named) - Number(a.named) ||
          Number(b.occ.kind === 'direct') - Number(a.occ.kind === 'direct'),
      );
    return options.slice(0, 1);
  });
  const ranked = scored.sort(
    (a, b) =>
      b.group.occurrences.length - a.group.occurrences.length ||
      Number(b.named) - Number(a.named) ||
      Number(b.occ.kind === 'direct') - Number(a.occ.kind === 'direct') ||
      b.group.text.length - a.group.text.length,
  );
  return ranked[0] ?? null;
}

function findQuote(w: Workbench, articleId: string, span: Span): Quote | null {
  const a = w.analyses[numberOf(w, articleId) - 1];
  return a.quotes.find((q) => q.span.start === span.start && q.span.end === span.end) ?? null;
}

/** The sentences a quote spans, when they name its speaker and none is in the brief yet. */
function quoteSentences(w: Workbench, q: Quote, articleId: string, speaker: string): Candidate[] | null {
  const sentences = w.candidates.filter(
    (c) => c.articleId === articleId && c.span.end > q.span.start && c.span.start < q.span.end,
  );
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first || !last || first.span.start > q.span.start || last.span.end < q.span.end) return null;
  if (sentences.some((c) => isUsed(w, c))) return null;
  if (!isBalanced(sourceText(w, articleId, { start: first.span.start, end: last.span.end }))) return null;
  return sentences.some((c) => c.text.includes(surnameOf(speaker))) ? sentences : null;
}

/** A speaker's key quote: the source sentences when they name the speaker, else “…”, Speaker said. */
function quoteParagraph(w: Workbench, s: SpeakerQuotes): BriefSentence[] {
  const key = keyQuote(w, s);
  if (!key) return [];
  const { occ } = key;
  const q = findQuote(w, occ.citation.articleId, occ.citation.span);
  if (!q) return [];
  const articleId = occ.citation.articleId;
  const n = numberOf(w, articleId);
  const record = (piece: Span) => {
    const span = trimEdges(sourceText(w, articleId, piece), piece);
    const text = sourceText(w, articleId, span);
    w.quotes.push({ text, speaker: s.speaker, n, citation: { articleId, span } });
    return text;
  };
  const sentences = quoteSentences(w, q, articleId, s.speaker);
  if (sentences) {
    for (const piece of q.fragments ?? [q.span]) record(piece);
    return [extract(w, joinSentences(w, sentences))];
  }
  // A partial quote stands only inside its own sentence: alone it would read as a full statement.
  if (q.kind !== 'direct') return [];
  const words = record(q.fragments?.[0] ?? q.span);
  const verb = q.cue && /^[a-z]+$/.test(q.cue) ? q.cue : 'said';
  const end = /[.?!]$/.test(words) ? '' : '.';
  return [generated(`${s.speaker} ${verb}: “${words}${end}”`, [n])];
}

/** Consecutive sentences of one quote as one passage, so the citation follows the whole quote. */
function joinSentences(w: Workbench, sentences: Candidate[]): Candidate {
  const [first] = sentences;
  const last = sentences[sentences.length - 1];
  for (const c of sentences.slice(1)) markUsed(w, c);
  const span = { start: first.span.start, end: last.span.end };
  return {
    ...first,
    span,
    text: sourceText(w, first.articleId, span),
    words: sentences.flatMap((c) => c.words),
  };
}

/** The part of a span left when outer double quote marks and trailing commas are trimmed (inner ‘…’ stay). */
function trimEdges(text: string, span: Span): Span {
  const lead = text.length - text.replace(/^[\s“"]+/u, '').length;
  const tail = text.length - text.replace(/[\s”",;:]+$/u, '').length;
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - tail) };
}

/** Key quotes, one per speaker, most quoted speakers first. */
export function writeQuotes(w: Workbench, speakers: SpeakerQuotes[], max: number): BriefSection | null {
  const paragraphs = speakers
    .filter((s) => s.speaker !== UNATTRIBUTED)
    .slice(0, max)
    .map((s) => quoteParagraph(w, s))
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return null;
  return { id: 'quotes', heading: 'What they said', paragraphs };
}
