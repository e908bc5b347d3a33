import {
  type Alignment,
  alignNear,
  better,
  describeDifferences,
  type Identity,
  MAX_ALIGN_WORDS,
  surnameOf,
  type Word,
  wordsWithSpans,
} from '../compare/index.js';
import type { Quote, Span, VerifyItem } from '../model/index.js';
import { type CheckedText, surrounding } from './sources.js';

/** Share of a quote's words a source must have for its wording to count as the closest wording. */
const MIN_COVERAGE = 0.5;
/** Or a run of this many words verbatim: the quote is the source's with words added. */
const MIN_RUN = 4;

interface PieceMatch {
  piece: Span;
  words: Word[];
  source: CheckedText | null;
  alignment: Alignment | null;
}

/**
 * Checks each quote of the draft: verbatim in a source with the same speaker, altered, or
 * unsupported. Indirect speech is a paraphrase, not a quotation: its attribution is checked as a claim.
 */
export function checkQuotes(
  draft: CheckedText,
  quotes: Quote[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  return quotes.filter((q) => q.kind !== 'indirect').map((q) => checkQuote(draft, q, sources, identity));
}

function checkQuote(draft: CheckedText, q: Quote, sources: CheckedText[], identity: Identity): VerifyItem {
  const { text } = draft.analysis.article;
  // A split quote is checked fragment by fragment: the attribution between them is not quoted.
  const pieces = (q.fragments ?? [q.span]).map((piece) => matchPiece(text, piece, sources));
  const base = { kind: 'quote' as const, text: text.slice(q.span.start, q.span.end), span: q.span };
  const found = pieces.filter((p) => sourced(p.alignment));
  if (found.length === 0) {
    const checked = pieces.every((p) => p.words.length <= MAX_ALIGN_WORDS);
    const note = checked
      ? 'no source has these words'
      : 'too long to check word by word; no source was matched';
    return { ...base, verdict: 'unsupported', source: null, note };
  }
  const notes: string[] = [];
  for (const p of pieces) {
    if (!sourced(p.alignment)) {
      notes.push(`“${text.slice(p.piece.start, p.piece.end).trim()}” has no source`);
    } else if (p.alignment && !p.alignment.verbatim && p.source) {
      const src = p.source;
      notes.push(...describeDifferences(p.alignment, text, p.words, src.analysis.article.text, src.words));
    }
  }
  const main = found[0];
  const source = citeSource(found.filter((p) => p.source === main.source));
  const speakerNote = checkSpeaker(draft, q, main, identity);
  if (speakerNote) notes.push(speakerNote);
  return {
    ...base,
    verdict: notes.length === 0 ? 'supported' : 'altered',
    source,
    note: notes.length === 0 ? 'verbatim in the source, same speaker' : notes.join('; '),
  };
}

function sourced(a: Alignment | null): boolean {
  return a !== null && (a.coverage >= MIN_COVERAGE || a.longestRun >= MIN_RUN);
}

function matchPiece(text: string, piece: Span, sources: CheckedText[]): PieceMatch {
  const words = wordsWithSpans(text.slice(piece.start, piece.end), piece.start);
  let best: PieceMatch = { piece, words, source: null, alignment: null };
  for (const source of sources) {
    const alignment = alignNear(words, source.words);
    if (alignment && (!best.alignment || better(alignment, best.alignment))) {
      best = { piece, words, source, alignment };
    }
  }
  return best;
}

function citeSource(pieces: PieceMatch[]): VerifyItem['source'] {
  const src = pieces[0].source!;
  const spans = pieces.map((p) => windowSpan(src, p.alignment!));
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return {
    articleId: src.analysis.article.id,
    text: src.analysis.article.text.slice(span.start, span.end),
    span,
  };
}

function windowSpan(src: CheckedText, a: Alignment): Span {
  return { start: src.words[a.window[0]].start, end: src.words[a.window[1] - 1].end };
}

/**
 * Null when the source gives the same speaker (or the draft names none); else what is wrong. The
 * source's own attribution decides, unless the draft's speaker is named around the words in the
 * source, or the source's speaker is named in the draft's sentence (either quote finder can err).
 */
function checkSpeaker(draft: CheckedText, q: Quote, match: PieceMatch, identity: Identity): string | null {
  const speaker = q.speaker?.name;
  if (!speaker || !q.speaker || !match.source || !match.alignment) return null;
  const at = windowSpan(match.source, match.alignment);
  const sourceQuote = match.source.analysis.quotes.find(
    (s) => s.span.start <= at.start && at.end <= s.span.end,
  );
  const sourceSpeaker = sourceQuote?.speaker?.name;
  const draftRef = { name: speaker, articleId: draft.analysis.article.id, entityId: q.speaker.entityId };
  const sourceRef = {
    name: sourceSpeaker ?? null,
    articleId: match.source.analysis.article.id,
    entityId: sourceQuote?.speaker?.entityId ?? null,
  };
  if (identity.same(draftRef, sourceRef)) return null;
  const draftContext = sentenceText(draft, q.span);
  const surname = surnameOf(speaker);
  if (surrounding(match.source, at).includes(surname)) return null;
  if (sourceSpeaker && draftContext.includes(surnameOf(sourceSpeaker))) return null;
  return sourceSpeaker
    ? `the source attributes these words to ${sourceSpeaker}, not ${speaker}`
    : `the source does not attribute these words to ${speaker}`;
}

/** The draft's sentence holding a span, from the sentence before it. */
function sentenceText(draft: CheckedText, span: Span): string {
  const { sentences } = draft;
  const i = sentences.findIndex((s) => s.end >= span.start);
  if (i < 0) return '';
  return draft.analysis.article.text.slice(
    sentences[Math.max(0, i - 1)].start,
    Math.max(sentences[i].end, span.end),
  );
}
