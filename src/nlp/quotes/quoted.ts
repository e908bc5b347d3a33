import type { Doc, QuoteKind, Span } from '../../model/index.js';
import { sentenceStart } from '../attribution/context.js';
import type { Lexicon } from '../lexicon.js';
import {
  type Attribution,
  type CueTest,
  cueAfter,
  cueBefore,
  cueIntroducing,
  isSpeechVerb,
} from './attribution.js';
import { type QuotedSpan, scanQuoteMarks } from './marks.js';

/** A quotation before its speaker is resolved. */
export interface QuoteDraft {
  fragments: Span[];
  kind: QuoteKind;
  attribution: Attribution | null;
  /** Token index that orders drafts in the text. */
  at: number;
  /** A partial quote that took the named cue after it over a speech verb before it: shares that cue with no later quote. */
  cuedAfter?: boolean;
}

/** How far after its cue a quotation may resume as the same quote, in tokens (long appositions). */
const RESUME_WINDOW = 45;
/** A short partial quote needs its cue this close before it; farther off it reads as a scare quote. */
const SHORT_PARTIAL_CUE_WINDOW = 12;
/** Partial quotes of at most this many words count as short. */
const SHORT_PARTIAL_WORDS = 3;
/** A continuation quote inherits the last speaker at most this many sentences back. */
const CONTINUATION_SENTENCES = 3;

/** Direct when the quotation opens its sentence (or follows a colon or a cue's comma); else partial. */
function kindOf(doc: Doc, q: QuotedSpan): QuoteKind {
  if (q.fragments.length > 1) return 'direct';
  const first = doc.text[q.fragments[0].start];
  const capital = /[\p{Lu}\p{N}…"“‘'([]/u.test(first);
  const prev = q.open - 1 >= 0 ? doc.tokens[q.open - 1].text : '';
  // After a full stop the mark opens a sentence even where the splitter kept it with the one before.
  const opensSentence = sentenceStart(doc, q.open) === q.open || /^[:,—.!?]$/.test(prev);
  return opensSentence && capital ? 'direct' : 'partial';
}

/**
 * “A,” said X. “B …” or “A,” said X, “b …”: a quotation resumed right after its cue, in the same
 * paragraph, is one quote in fragments (as annotators of news attributions treat it).
 */
function resumesAfterCue(
  doc: Doc,
  a: QuotedSpan,
  b: QuotedSpan,
  cue: Attribution,
  sentenceOf: Int32Array,
): boolean {
  if (a.close < 0 || !cue.mention) return false;
  const cueEnd = Math.max(cue.cue, cue.mention.last - 1);
  if (b.open <= cueEnd) return false;
  if (doc.text.slice(doc.tokens[a.close].end, doc.tokens[b.open].start).includes('\n')) return false;
  if (b.open - cueEnd <= 3 && sentenceOf[b.open] === sentenceOf[cueEnd]) return true;
  if (b.open - cueEnd > RESUME_WINDOW) return false;
  // “Every time you say that,” Tester said, referring to …, “you give …”: the sentence goes on.
  const comma = doc.tokens[b.open - 1].text === ',';
  if (comma && sentenceOf[b.open] === sentenceOf[cueEnd] && /^\p{Ll}/u.test(doc.text[b.fragments[0].start]))
    return true;
  // The cue's clause ends with a full stop and the quotation resumes at once (the sentence splitter
  // may keep “… ,” said X, a scholar at Y. "More …" together, so the period decides).
  return (
    /^[.!?]$/.test(doc.tokens[b.open - 1].text) &&
    /^[\p{Lu}\p{N}"“‘'([…]/u.test(doc.text[b.fragments[0].start]) &&
    isWhole(doc, b)
  );
}

/** A whole quotation ends its sentence or clause: “… .” / “…,” — not words running on (“point” to drive up). */
function isWhole(doc: Doc, q: QuotedSpan): boolean {
  if (q.close < 0) return true;
  const last = q.fragments[q.fragments.length - 1];
  if (/[.!?,…—-]$/.test(doc.text.slice(last.start, last.end))) return true;
  const after = doc.tokens[q.close + 1];
  return (
    !after ||
    /^[.!?]$/.test(after.text) ||
    doc.text.slice(doc.tokens[q.close].end, after.start).includes('\n')
  );
}

/** Only closing punctuation lies between token `end` and the opening mark at `open` (across a paragraph break too). */
function adjoins(doc: Doc, end: number, open: number): boolean {
  for (let k = end + 1; k < open; k++) if (!/^[.!?]$/.test(doc.tokens[k].text)) return false;
  return open > end;
}

/** A name of a show or work after a possessive or "on" (ABC's “This Week,” / on “Face the Nation”). */
function isShowTitle(doc: Doc, q: QuotedSpan, lex: Lexicon): boolean {
  const before = doc.tokens[q.open - 1]?.text.toLowerCase() ?? '';
  return lex.speakers.workTitleOpeners.has(before);
}

/**
 * A partial quotation that reads as a scare quote or a title despite a cue earlier in its sentence:
 * a title-case name of a work or show ("Face the Nation"), or a word or three far from the cue.
 */
function isScareQuote(doc: Doc, q: QuotedSpan, isCue: CueTest, lex: Lexicon): boolean {
  const content = doc.text.slice(q.fragments[0].start, q.fragments[q.fragments.length - 1].end);
  const words = content.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  let nearest = -1;
  for (let v = q.open - 1; v >= sentenceStart(doc, q.open) && q.open - v <= SHORT_PARTIAL_CUE_WINDOW; v--) {
    if (isSpeechVerb(doc.tokens[v], lex) || isCue(v)) {
      nearest = v;
      break;
    }
  }
  const titleCase =
    words.length <= 6 &&
    words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && lex.speakers.titleSmallWords.has(w)));
  if (titleCase) return nearest < 0 || q.open - nearest > 2;
  return words.length <= SHORT_PARTIAL_WORDS && nearest < 0;
}

/** Whether the sentence ends right after a cue and its speaker ("…,” the Florida senator said."). */
function endsSentence(doc: Doc, a: Attribution): boolean {
  const last = Math.max(a.cue, a.mention ? a.mention.last - 1 : -1);
  return /^[.!?]$/.test(doc.tokens[last + 1]?.text ?? '');
}

/**
 * Whether a speech verb before a partial quote ending “…,” cues it alone, so a named cue after it may take
 * over ("Nothing the president said “will assuage fears,” the senator said"); a verb already quoting
 * earlier words ("called him a “liar” and a “bully,”") keeps them together.
 */
function introducesAlone(doc: Doc, cue: number, q: QuotedSpan): boolean {
  if (q.close <= 0 || doc.tokens[q.close - 1].text !== ',') return false;
  for (let k = cue + 1; k < q.open; k++) if (doc.tokens[k].kind === 'quote') return false;
  return true;
}

/**
 * Partial quotes that share one cue in one sentence ("called him a “liar” and a “bully”") are one quote;
 * a cue taken after the first ("“woman card,” Fiorina said, adding … “is to attack …”") is not shared.
 */
function mergeSharedCues(drafts: QuoteDraft[]): QuoteDraft[] {
  const merged: QuoteDraft[] = [];
  for (const d of drafts) {
    const prev = merged[merged.length - 1];
    const cue = d.attribution?.cue ?? -1;
    if (
      prev &&
      d.kind === 'partial' &&
      prev.kind === 'partial' &&
      cue >= 0 &&
      !prev.cuedAfter &&
      prev.attribution?.cue === cue
    ) {
      merged[merged.length - 1] = { ...prev, fragments: [...prev.fragments, ...d.fragments] };
    } else {
      merged.push(d);
    }
  }
  return merged;
}

/** Where an attributed quotation's clause ends: its closing mark, cue or speaker, whichever is last. */
function clauseEnd(q: QuotedSpan, a: Attribution): number {
  return Math.max(q.close >= 0 ? q.close : q.open, a.cue, a.mention ? a.mention.last - 1 : -1);
}

/**
 * Quotations marked in the body with their cue and speaker mention. A cue-less quotation right after an
 * attributed one continues it; one a little later inherits its speaker; the rest are taken for scare
 * quotes or titles and dropped.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass in reading order: a quotation without a cue continues or inherits from the attributed one before it, so each decision reads the state the previous one left.
export function findQuotedDrafts(doc: Doc, isCue: CueTest, lex: Lexicon): QuoteDraft[] {
  // Attribute values of embedded markup (tweet_id="…") are not quotations.
  const spans = scanQuoteMarks(doc).filter(
    (q) => q.fragments[0].start < doc.bodyEnd && doc.text[doc.tokens[q.open].start - 1] !== '=',
  );
  const { sentenceOf } = doc;
  const drafts: QuoteDraft[] = [];
  let last: { attribution: Attribution; sentence: number; end: number; draft: number; close: number } | null =
    null;
  for (let n = 0; n < spans.length; n++) {
    const q = spans[n];
    const kind = kindOf(doc, q);
    const after = q.close >= 0 ? cueAfter(doc, q.close, lex) : null;
    // Words quoted inside the writer's sentence belong to that sentence's cue; whole quotations look after first.
    const before = kind === 'partial' ? cueBefore(doc, q.open, isCue, lex) : null;
    // A cue before without a speaker yields to a cue after that names one ("…,” says Paul Rieckhoff).
    // A model cue before ("He was a “respected manager”, Boistard said") yields to a named cue after.
    const cuedAfter = Boolean(
      before && after?.mention && introducesAlone(doc, before.cue, q) && endsSentence(doc, after),
    );
    const weakBefore =
      (before !== null && !isSpeechVerb(doc.tokens[before.cue], lex) && after?.mention) || cuedAfter;
    const preferred = before?.mention && !weakBefore ? before : (after ?? before);
    let attribution = preferred ?? cueBefore(doc, q.open, isCue, lex) ?? cueIntroducing(doc, q.open, lex);
    let fragments = q.fragments;
    const next = spans[n + 1];
    // A resumed part with a cue of its own (“No,” Smith said) is a quote of its own.
    const ownCue = next && next.close >= 0 ? cueAfter(doc, next.close, lex) : null;
    if (after && next && !ownCue && resumesAfterCue(doc, q, next, after, sentenceOf)) {
      fragments = [...fragments, ...next.fragments];
      n++;
    }
    const sentence = sentenceOf[q.open];
    if (
      kind === 'partial' &&
      attribution &&
      (!after || isShowTitle(doc, q, lex)) &&
      isScareQuote(doc, q, isCue, lex)
    )
      attribution = null;
    if (!attribution && kind === 'direct' && last) {
      // “A,” he said. ¶ “B.”: a cue-less quotation right after an attributed one continues it.
      if (
        adjoins(doc, last.end, q.open) &&
        last.draft === drafts.length - 1 &&
        last.attribution.cue > last.close
      ) {
        const previous = drafts[last.draft];
        drafts[last.draft] = { ...previous, fragments: [...previous.fragments, ...fragments] };
        last.sentence = sentenceOf[q.close >= 0 ? q.close : q.open];
        last.end = q.close >= 0 ? q.close : q.open;
        continue;
      }
      if (sentence - last.sentence <= CONTINUATION_SENTENCES) {
        attribution = { cue: -1, mention: last.attribution.mention, rule: 'quote-continues' };
      }
    }
    if (!attribution) continue;
    drafts.push({ fragments, kind, attribution, at: q.open, cuedAfter });
    if (attribution.mention) {
      last = {
        attribution,
        sentence: sentenceOf[clauseEnd(q, attribution)],
        end: clauseEnd(q, attribution),
        draft: drafts.length - 1,
        close: q.close,
      };
    }
  }
  return mergeSharedCues(drafts);
}
