import {
  type Alignment,
  alignEach,
  clipAlignment,
  describeDifferences,
  type Identity,
  isPronoun,
  MAX_ALIGN_WORDS,
  type NameRef,
  surnameOf,
  type Word,
  wordsWithSpans,
} from '../compare/index.js';
import type { Quote, Span, VerifyItem } from '../model/index.js';
import { type CheckedText, sentenceAt, surrounding } from './sources.js';

/** Share of a passage's words a source must have for its wording to count as the closest wording. */
const MIN_COVERAGE = 0.5;
/** Or a run of this many words verbatim: the quote is the source's with words added. */
const MIN_RUN = 4;

/** Where a passage of the draft is found in a source. */
interface Match {
  source: CheckedText;
  alignment: Alignment;
  /** What is wrong with the speaker the draft gives, or null when the source agrees. */
  speakerNote: string | null;
}

/**
 * Checks each quotation of the draft sentence by sentence: every sentence (or fragment) of a
 * quote gets its own verdict (verbatim in a source with the same speaker, altered, or
 * unsupported), so a sentence the draft invents is flagged alone. Indirect speech is a
 * paraphrase, not a quotation: its attribution is checked as a claim.
 */
export function checkQuotes(
  draft: CheckedText,
  quotes: Quote[],
  sources: CheckedText[],
  identity: Identity,
): VerifyItem[] {
  return quotes.filter((q) => q.kind !== 'indirect').flatMap((q) => checkQuote(draft, q, sources, identity));
}

function checkQuote(draft: CheckedText, q: Quote, sources: CheckedText[], identity: Identity): VerifyItem[] {
  const { text } = draft.analysis.article;
  const speaker = speakerOf(draft, q);
  const items: VerifyItem[] = [];
  // A split quote is checked fragment by fragment: the attribution between them is not quoted.
  for (const fragment of q.fragments ?? [q.span]) {
    const words = wordsWithSpans(text.slice(fragment.start, fragment.end), fragment.start);
    if (words.length === 0) continue;
    const whole = bestMatch(words, sources, speaker, identity);
    const pieces = sentencePieces(draft, fragment, words);
    // A sentence is looked for alone only where it is not the whole fragment that matched nothing.
    const alone = whole !== null || pieces.length > 1;
    for (const [from, to] of pieces) {
      const inWhole = whole && clip(whole, from, to);
      items.push(checkPiece(draft, words.slice(from, to), inWhole, alone, sources, speaker, identity));
    }
  }
  return items;
}

/**
 * The draft's speaker of a quote as the names it goes by: the entity it resolves to, and the
 * mention the draft writes next to the quote (either matching the source's speaker will do, so
 * a slip of the draft's own coreference is not an error of the draft); null when it names none.
 */
function speakerOf(draft: CheckedText, q: Quote): NameRef[] | null {
  if (!q.speaker || isPronoun(q.speaker.name)) return null;
  const articleId = draft.analysis.article.id;
  const refs: NameRef[] = [{ name: q.speaker.name, articleId, entityId: q.speaker.entityId }];
  const mention = draft.analysis.article.text.slice(q.speaker.span.start, q.speaker.span.end).trim();
  if (mention !== '' && mention !== q.speaker.name && !isPronoun(mention)) {
    refs.push({ name: mention, articleId, entityId: null });
  }
  return refs;
}

/** Word ranges of a fragment, one per sentence of the draft it touches. */
function sentencePieces(draft: CheckedText, fragment: Span, words: Word[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = Math.max(0, sentenceAt(draft, fragment.start)); i < draft.sentences.length; i++) {
    const s = draft.sentences[i];
    if (s.start >= fragment.end) break;
    if (s.end <= fragment.start) continue;
    let to = from;
    while (to < words.length && words[to].start < s.end) to++;
    if (to > from) out.push([from, to]);
    from = to;
  }
  if (from < words.length) out.push([from, words.length]);
  return out;
}

function checkPiece(
  draft: CheckedText,
  words: Word[],
  inWhole: Match | null,
  alone: boolean,
  sources: CheckedText[],
  speaker: NameRef[] | null,
  identity: Identity,
): VerifyItem {
  const { text } = draft.analysis.article;
  const span = { start: words[0].start, end: closingEnd(text, words.at(-1)?.end ?? words[0].end) };
  const base = { kind: 'quote' as const, text: text.slice(span.start, span.end), span };
  // A sentence the quote's alignment does not cover may come from elsewhere: it is looked for alone.
  const match =
    inWhole && sourced(inWhole.alignment, words.length)
      ? inWhole
      : alone
        ? bestMatch(words, sources, speaker, identity, true)
        : null;
  if (!match) {
    const note =
      words.length > MAX_ALIGN_WORDS
        ? `too long to check word by word (over ${MAX_ALIGN_WORDS} words); no source was matched`
        : 'no source has these words';
    return { ...base, verdict: 'unsupported', source: null, note };
  }
  const { source, alignment } = match;
  const notes = describeDifferences(alignment, text, words, source.analysis.article.text, source.words);
  if (match.speakerNote) notes.push(match.speakerNote);
  return {
    ...base,
    verdict: notes.length === 0 ? 'supported' : 'altered',
    source: cite(source, alignment),
    note:
      notes.length > 0
        ? notes.join('; ')
        : speaker
          ? 'verbatim in the source, same speaker'
          : 'verbatim in the source',
  };
}

/** A sentence's closing punctuation belongs to it ("happening." rather than "happening"). */
function closingEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && /[.!?,;:…’']/.test(text[e]) && e - end < 3) e++;
  return e;
}

/** The part of a whole-fragment match that concerns one of its sentences, with its word indices rebased. */
function clip(whole: Match, from: number, to: number): Match | null {
  const part = clipAlignment(whole.alignment, from, to);
  if (!part) return null;
  const ops = part.ops.map((o) => ({
    ...o,
    draft: [o.draft[0] - from, o.draft[1] - from] as [number, number],
  }));
  return { ...whole, alignment: { ...part, ops } };
}

/**
 * Whether an alignment shows the source has the passage. A sentence looked for alone must also
 * match a run of words, so a short sentence of common words is not "found" anywhere.
 */
function sourced(a: Alignment, words: number, alone = false): boolean {
  if (alone) return a.coverage >= MIN_COVERAGE && a.longestRun >= Math.min(MIN_RUN, words);
  return a.coverage >= MIN_COVERAGE || a.longestRun >= MIN_RUN;
}

/**
 * The closest place of any source for a passage: most words matched, then the place whose speaker
 * agrees with the draft's (a passage said twice, or quoted by two sources, is the agreeing one's),
 * then the same case, then the earlier source and place.
 */
function bestMatch(
  words: Word[],
  sources: CheckedText[],
  speaker: NameRef[] | null,
  identity: Identity,
  alone = false,
): Match | null {
  let best: Match | null = null;
  for (const source of sources) {
    for (const alignment of alignEach(words, source.words, source.wordIndex)) {
      if (!sourced(alignment, words.length, alone)) continue;
      if (best && alignment.coverage < best.alignment.coverage) continue;
      const match = { source, alignment, speakerNote: speakerNote(speaker, source, alignment, identity) };
      if (!best || closer(match, best)) best = match;
    }
  }
  return best;
}

function closer(a: Match, b: Match): boolean {
  if (a.alignment.coverage !== b.alignment.coverage) return a.alignment.coverage > b.alignment.coverage;
  if ((a.speakerNote === null) !== (b.speakerNote === null)) return a.speakerNote === null;
  return a.alignment.sameCase > b.alignment.sameCase;
}

/**
 * Null when the source gives the words to the draft's speaker (or the draft names none); else what
 * is wrong. The source's own attribution decides by identity; only where the source's quote finder
 * gave the words no speaker does the source naming the draft's speaker around them suffice.
 */
function speakerNote(
  speaker: NameRef[] | null,
  source: CheckedText,
  alignment: Alignment,
  identity: Identity,
): string | null {
  if (!speaker) return null;
  const at = windowSpan(source, alignment);
  const half = (at.end - at.start) / 2;
  const quote = source.analysis.quotes.find(
    (s) => Math.min(s.span.end, at.end) - Math.max(s.span.start, at.start) >= half,
  );
  const given = quote?.speaker && !isPronoun(quote.speaker.name) ? quote.speaker : null;
  if (given) {
    const ref = { name: given.name, articleId: source.analysis.article.id, entityId: given.entityId };
    return speaker.some((s) => identity.same(s, ref))
      ? null
      : `the source attributes these words to ${given.name}, not ${speaker[0].name}`;
  }
  const around = surrounding(source, at);
  if (speaker.some((s) => s.name && around.includes(surnameOf(s.name)))) return null;
  return `the source does not attribute these words to ${speaker[0].name}`;
}

function windowSpan(src: CheckedText, a: Alignment): Span {
  return { start: src.words[a.window[0]].start, end: src.words[a.window[1] - 1].end };
}

function cite(source: CheckedText, alignment: Alignment): VerifyItem['source'] {
  const span = windowSpan(source, alignment);
  return {
    articleId: source.analysis.article.id,
    text: source.analysis.article.text.slice(span.start, span.end),
    span,
  };
}
