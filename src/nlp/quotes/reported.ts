import type { Doc, Span, Token } from '../../model/index.js';
import { sentenceEnd, sentenceStart } from '../attribution/context.js';
import {
  clauseSubject,
  isNameToken,
  type MentionRange,
  mentionAfter,
  mentionBefore,
  skipAuxBack,
  skipAuxForward,
} from '../attribution/mentions.js';
import { canSpeak } from '../attribution/resolve.js';
import type { Lexicon } from '../lexicon.js';
import type { QuoteModel } from '../quote-model.js';
import type { CueTest } from './attribution.js';
import { cueCandidates, cueFeatures } from './cue-features.js';
import { scoreFeatures } from './perceptron.js';
import type { QuoteDraft } from './quoted.js';

/** Content shorter than this many tokens is not a report. */
const MIN_CONTENT_TOKENS = 2;
/** How far after a cue its clause may run before the content ("told reporters on Monday that"). */
const THAT_WINDOW = 6;
const TERMINAL = new Set(['.', '!', '?', ';', ':']);
/** A cue this close to its sentence's end reports what came before it ("…, officials said on Monday."). */
const TAIL_WINDOW = 6;
/** How far back from a cue its speaker phrase may begin. */
const SUBJECT_WINDOW = 10;

/** Tokens [first, last) as a text span. */
const spanOf = (tokens: Token[], first: number, last: number): Span => ({
  start: tokens[first].start,
  end: tokens[last - 1].end,
});

/** The sentence's last content token (past the final period). */
function contentEnd(tokens: Token[], first: number, last: number): number {
  let end = last;
  while (end > first && TERMINAL.has(tokens[end - 1].text)) end--;
  return end;
}

/** The reported clause after a cue: from "that" when it comes within a few words, else right after. */
function contentAfter(tokens: Token[], from: number, end: number): Span[] | null {
  let start = from;
  for (let k = from; k < Math.min(end, from + THAT_WINDOW); k++) {
    if (tokens[k].text.toLowerCase() === 'that') {
      start = k;
      break;
    }
    if (tokens[k].text === ',' || tokens[k].text === ':') {
      start = k + 1;
      break;
    }
  }
  while (start < end && (tokens[start].text === ',' || tokens[start].text === ':')) start++;
  return end - start >= MIN_CONTENT_TOKENS ? [spanOf(tokens, start, end)] : null;
}

/** "CONTENT, X said." or "CONTENT, X suggested, MORE": the clause before the comma, and any after the cue's clause. */
function contentAround(
  tokens: Token[],
  first: number,
  comma: number,
  cueEnd: number,
  end: number,
): Span[] | null {
  if (comma - first < MIN_CONTENT_TOKENS) return null;
  const parts = [spanOf(tokens, first, comma)];
  for (let k = cueEnd; k < Math.min(end, cueEnd + THAT_WINDOW); k++) {
    if (tokens[k].text === ',') {
      if (end - (k + 1) >= MIN_CONTENT_TOKENS) parts.push(spanOf(tokens, k + 1, end));
      break;
    }
  }
  return parts;
}

/** Whether the sentence opens with an introductory word, so its first comma ends a preamble, not content. */
const isIntroduction = (tokens: Token[], first: number, lex: Lexicon) =>
  lex.cues.introductions.has(tokens[first].text.toLowerCase());

interface Report {
  fragments: Span[];
  mention: MentionRange | null;
}

/** Where the content of a reported-speech cue lies, and who speaks, by the shape of the clause around it. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the clause shapes around a reported-speech cue (according to, X said that, said X, inverted and parenthetical cues) are tried in the order that decides the content and the speaker.
export function reportAt(doc: Doc, cue: number, lex: Lexicon): Report | null {
  const { tokens } = doc;
  const first = sentenceStart(doc, cue);
  const end = contentEnd(tokens, first, sentenceEnd(doc, cue));
  const w = tokens[cue].text.toLowerCase();
  if (w === 'according' && tokens[cue + 1]?.text.toLowerCase() === 'to') {
    const source = mentionAfter(tokens, cue + 2, end, lex);
    if (cue - 1 > first && tokens[cue - 1].text === ',')
      return { fragments: [spanOf(tokens, first, cue - 1)], mention: source };
    let k = source ? source.last : cue + 2;
    while (k < end && tokens[k].text !== ',') k++;
    const fragments = contentAfter(tokens, k + 1, end);
    return fragments ? { fragments, mention: source } : null;
  }
  const subjectEnd = skipAuxBack(tokens, cue - 1, first, lex) + 1;
  const subject =
    mentionBefore(tokens, subjectEnd, first, lex) ?? clauseSubject(tokens, subjectEnd, first, lex);
  if (subject) {
    // "CONTENT, X said." or "CONTENT, X suggested, MORE": only when the cue's clause ends there; after
    // an introduction ("In 2014, Mr. Obama unveiled …") the content follows the cue.
    const closes =
      end - cue <= TAIL_WINDOW || tokens[skipAuxForward(tokens, cue + 1, end, lex)]?.text === ',';
    if (
      closes &&
      subject.first - 1 > first &&
      tokens[subject.first - 1].text === ',' &&
      !isIntroduction(tokens, first, lex)
    ) {
      const fragments = contentAround(tokens, first, subject.first - 1, cue + 1, end);
      return fragments ? { fragments, mention: subject } : null;
    }
    const fragments = contentAfter(tokens, cue + 1, end);
    return fragments ? { fragments, mention: subject } : null;
  }
  const after = mentionAfter(tokens, skipAuxForward(tokens, cue + 1, end, lex), end, lex);
  // "…, said X." / "…, said X, a professor": the speaker after the cue closes its clause.
  const inverted = after && (after.last >= end || /^[,.;(]$/.test(tokens[after.last].text)) ? after : null;
  // ''…,'' said Mr. Burman: quotation marks may stand between the content's comma and the cue.
  let comma = cue - 1;
  while (comma > first && tokens[comma].kind === 'quote') comma--;
  const tailApposed = !inverted && end - cue <= TAIL_WINDOW ? apposedBefore(tokens, comma, first, lex) : null;
  if (tailApposed) {
    // "…,'' Mr. King, 82, told me.": the name before its apposition speaks; the content precedes it.
    const fragments = contentAround(tokens, first, tailApposed.first - 1, cue + 1, end);
    return fragments ? { fragments, mention: tailApposed } : null;
  }
  if (comma > first && tokens[comma].text === ',') {
    // "Megan Hester, a senior associate at …, said parents …": a name, its apposition, then the cue.
    const apposed = !inverted && isNameToken(tokens[first], lex) && opensApposition(tokens, first, cue, lex);
    if (!apposed && (inverted || end - cue <= TAIL_WINDOW)) {
      const fragments = contentAround(tokens, first, comma, inverted ? inverted.last : cue + 1, end);
      return fragments ? { fragments, mention: inverted } : null;
    }
    // "Jo-Renee Formicola, a professor at …, described …": the cue follows an apposed subject.
    const fragments = contentAfter(tokens, cue + 1, end);
    return fragments ? { fragments, mention: mentionAfter(tokens, first, cue, lex) } : null;
  }
  // "CONTENT, one slide says." / "CONTENT, Sen. Graham (R-S.C.) told The Hill.": a comma shortly before a
  // cue that ends the sentence puts the content before it and the speaker between.
  if (end - cue <= TAIL_WINDOW && !isIntroduction(tokens, first, lex)) {
    for (let k = cue - 1; k > first + MIN_CONTENT_TOKENS && cue - k <= SUBJECT_WINDOW; k--) {
      if (tokens[k].text !== ',') continue;
      const fragments = [spanOf(tokens, first, k)];
      return {
        fragments,
        mention: mentionBefore(tokens, skipAuxBack(tokens, cue - 1, k + 1, lex) + 1, k + 1, lex),
      };
    }
  }
  const fragments = contentAfter(tokens, inverted ? inverted.last : cue + 1, end);
  return fragments ? { fragments, mention: inverted } : null;
}

/** The text of a mention. */
const textOf = (doc: Doc, m: MentionRange) =>
  doc.text.slice(doc.tokens[m.first].start, doc.tokens[m.last - 1].end);

/** How far the sentence's subject may stand before a cue it governs, in tokens. */
const MAIN_CLAUSE_WINDOW = 10;

/**
 * The subject of the sentence when the cue sits in its main clause: "Donald Trump is raising
 * questions", "The Trump campaign did not immediately respond", "Wells Fargo just this month
 * announced". No comma, colon, quotation mark or relative word may stand between the two.
 */
function mainSubject(doc: Doc, cue: number, lex: Lexicon): MentionRange | null {
  const { tokens } = doc;
  const first = sentenceStart(doc, cue);
  const subject = mentionAfter(tokens, first, cue, lex);
  if (!subject || cue - subject.last > MAIN_CLAUSE_WINDOW) return null;
  // "Campaigning against Mitt Romney, he …", "Having said that": a participle opens the sentence, not a name.
  const next = tokens[subject.last];
  if (
    subject.last - subject.first === 1 &&
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[subject.first].text) &&
    next &&
    !lex.cues.auxiliaries.has(next.text.toLowerCase())
  )
    return null;
  for (let k = subject.last; k < cue; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || /^[,;:(—–]$/.test(t.text)) return null;
    if (lex.speakers.subordinateOpeners.has(t.text.toLowerCase())) return null;
  }
  return subject;
}

/** The cue model as a test on token indices, memoised so each token is scored at most once. */
export function modelCueTest(doc: Doc, model: QuoteModel, lex: Lexicon): CueTest {
  const words = new Set(model.cueWords);
  const memo = new Map<number, boolean>();
  return (i) => {
    const known = memo.get(i);
    if (known !== undefined) return known;
    const t = doc.tokens[i];
    const yes =
      model.version > 0 &&
      t.kind === 'word' &&
      words.has(t.text.toLowerCase()) &&
      scoreFeatures(model.weights, model.bias, cueFeatures(doc, i, lex)) > 0;
    memo.set(i, yes);
    return yes;
  };
}

/** The longest apposition between a closing speaker's name and its cue ("Mr. King, 82, told me"), in tokens. */
const TAIL_APPOSITION = 12;

/**
 * "CONTENT,'' Mr. King, 82, told me." / "CONTENT, Michael McFaul, a senior fellow at …, said.": the comma
 * at `comma` closes an apposition; the name before the apposition's opening comma speaks, when a
 * comma or quotation mark right before that name closes the content.
 */
function apposedBefore(tokens: Token[], comma: number, first: number, lex: Lexicon): MentionRange | null {
  if (tokens[comma]?.text !== ',') return null;
  for (let k = comma - 1; k > first + MIN_CONTENT_TOKENS && comma - k <= TAIL_APPOSITION; k--) {
    if (tokens[k].kind === 'quote') return null;
    if (tokens[k].text !== ',') continue;
    const name = mentionBefore(tokens, k, first, lex);
    if (!name || !isNameToken(tokens[name.first], lex) || name.first - 1 <= first) return null;
    const before = tokens[name.first - 1];
    return before.text === ',' || before.kind === 'quote' ? name : null;
  }
  return null;
}

/** A name at `first` followed by a comma before `cue`: the sentence opens with an apposed subject. */
function opensApposition(tokens: Token[], first: number, cue: number, lex: Lexicon): boolean {
  let k = first;
  while (k < cue && (isNameToken(tokens[k], lex) || tokens[k].text === '.')) k++;
  return k < cue - 1 && tokens[k].text === ',';
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Reported speech: candidates the cue model accepts, with their content clause and speaker. Skips cues
 * already taken by a quotation and content that repeats one.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over the cue candidates that skips cues and content already taken; the checks share the spans found so far.
export function findReportedDrafts(
  doc: Doc,
  model: QuoteModel,
  quoted: QuoteDraft[],
  lex: Lexicon,
): QuoteDraft[] {
  if (model.version === 0) return [];
  const usedCues = new Set(quoted.map((d) => d.attribution?.cue ?? -1));
  const quotedSpans = quoted
    .map((d) => ({ start: d.fragments[0].start, end: d.fragments[d.fragments.length - 1].end }))
    .sort((a, b) => a.start - b.start);
  const drafts: QuoteDraft[] = [];
  let lastSentenceCue = -1;
  let sentenceFirstDraft = 0;
  for (const i of cueCandidates(doc, new Set(model.cueWords), lex)) {
    if (usedCues.has(i)) continue;
    if (scoreFeatures(model.weights, model.bias, cueFeatures(doc, i, lex)) <= 0) continue;
    const sameSentence =
      lastSentenceCue >= 0 && sentenceStart(doc, i) === sentenceStart(doc, lastSentenceCue);
    // One report per cue clause: "has said", "said in a statement" are one cue.
    if (sameSentence && i - lastSentenceCue <= 2) continue;
    if (!sameSentence) sentenceFirstDraft = drafts.length;
    lastSentenceCue = i;
    const report = reportAt(doc, i, lex);
    if (!report) continue;
    // A mention no one can be ("a" of "In a statement …") gives way to the sentence's subject.
    if (report.mention && !canSpeak(textOf(doc, report.mention), lex)) report.mention = null;
    report.mention ??= mainSubject(doc, i, lex);
    const span = { start: report.fragments[0].start, end: report.fragments[report.fragments.length - 1].end };
    if (repeatsAny(quotedSpans, span)) continue;
    const draft: QuoteDraft = {
      fragments: report.fragments,
      kind: 'indirect',
      attribution: { cue: i, mention: report.mention, rule: 'reported-cue-model' },
      at: i,
    };
    // A cue nested in another report's content ("X said Y has warned that Z") yields one report: the longer.
    let rival = -1;
    for (let k = sentenceFirstDraft; k < drafts.length && rival < 0; k++)
      if (repeats(spanOfDraft(drafts[k]), span)) rival = k;
    if (rival < 0) drafts.push(draft);
    else if (length(span) > length(spanOfDraft(drafts[rival]))) drafts[rival] = draft;
  }
  return drafts;
}

const length = (s: Span) => s.end - s.start;
const spanOfDraft = (d: QuoteDraft): Span => ({
  start: d.fragments[0].start,
  end: d.fragments[d.fragments.length - 1].end,
});
/** Two spans report the same thing when they overlap by half the shorter (the eval's own criterion). */
const repeats = (a: Span, b: Span) => overlap(a, b) * 2 >= Math.min(length(a), length(b));

/** Whether `span` repeats any of `sorted` (sorted by start): binary search, then a short scan. */
function repeatsAny(sorted: Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans inside `span` repeat it at once, so the scan stops after a few steps even on hostile input.
  for (let k = lo; k < sorted.length && sorted[k].start < span.end && k < lo + 64; k++) {
    if (repeats(sorted[k], span)) return true;
  }
  return false;
}
