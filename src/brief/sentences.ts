import { contentWords } from '../compare/index.js';
import type { Analysis, Span } from '../model/index.js';
import { readDoc } from '../nlp/index.js';

/** A body sentence of a source, lightly compressed, that the brief may copy. */
export interface Candidate {
  n: number;
  articleId: string;
  /** Verbatim: `article.text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** Position among the article's body sentences. */
  index: number;
  /** A question in the writer's own voice ("How many … ?"): never a lead or context. */
  question: boolean;
  /** Opens on a pronoun ("He notes …", "They …"): out of its paragraph it points at no one. */
  dangling: boolean;
  /** Every quotation it opens it closes: alone it leaves no quote mark dangling. */
  balanced: boolean;
  words: string[];
}

/** Shorter pieces are headings or debris, except the tail of a quote ("This is happening.”"). */
const MIN_SENTENCE = 12;
/** Postings longer than this are skipped when counting support. */
const MAX_POSTINGS = 2000;
/** A sentence longer than this is not copied whole into a brief. */
const MAX_SENTENCE = 420;
/** "SEOUL, South Korea (AP) — " and "ROME — " datelines. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+(?:,[^—–\n(]{1,40})?(?:\s*\([^)]{1,30}\))?\s*[—–]\s*/u;
/** Discourse openers dropped when a capitalised word follows ("However, North Korea …"). */
const OPENER = /^(?:However|But|Meanwhile|Still|Also|And|Yet|Moreover|Separately),?\s+(?=\p{Lu})/u;

/** A sentence that refers back to someone or something named before it. */
const DANGLING = /^(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|We|I)\b(?!\.)/;

/** Whether every “ has its ” and straight double quotes pair up. */
export function isBalanced(text: string): boolean {
  let open = 0;
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”' && --open < 0) return false;
  }
  return open === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** Text compared as a headline: letters and digits only, lower case. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Where the headline at `from` ends (`from` when there is none there). */
function headlineAt(text: string, from: number, want: string): number {
  let got = '';
  for (let i = from; i < text.length && got.length < want.length; i++) {
    const c = bare(text[i]);
    if (c.length === 0) continue;
    got += c;
    if (!want.startsWith(got)) return from;
    if (got === want) return i + 1;
  }
  return from;
}

/**
 * Where the headline the text opens with ends (0 when it opens with none): it is no body sentence.
 * Compared on letters and digits, and twice: ingest heads a text with its title when the text's own
 * copy differs in punctuation ("… ‘in Their Heads.’").
 */
function headlineEnd(text: string, title: string): number {
  const want = bare(title);
  if (want.length === 0) return 0;
  const first = headlineAt(text, 0, want);
  return first === 0 ? 0 : headlineAt(text, first, want);
}

/** The body sentences of an article (no headline, no source list), datelines and openers trimmed. */
export function candidatesOf(analysis: Analysis, n: number): Candidate[] {
  const { article } = analysis;
  const doc = readDoc(article.text, article.published);
  const headline = headlineEnd(article.text, article.title);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.start >= doc.bodyEnd) break;
    // The headline the text repeats is no body sentence: a lead made of it would be a headline list.
    const raw =
      s.start < headline
        ? article.text.slice(headline, s.end).replace(/^[\s.!?:”’]+/u, '')
        : article.text.slice(s.start, s.end);
    const trimmed = raw.replace(DATELINE, '').replace(OPENER, '');
    const start = s.end - trimmed.length;
    if (trimmed.length < MIN_SENTENCE || trimmed.length > MAX_SENTENCE || !/[.!?”"’]$/.test(trimmed))
      continue;
    out.push({
      n,
      articleId: article.id,
      text: trimmed,
      span: { start, end: s.end },
      index: out.length,
      question: trimmed.endsWith('?'),
      dangling: DANGLING.test(trimmed),
      balanced: isBalanced(trimmed),
      words: [...new Set(contentWords(trimmed))],
    });
  }
  return out;
}

/**
 * For each candidate, how many other articles have a sentence at least `threshold` alike (Dice
 * over content words): the support a development has across the story. Linear in the postings
 * of an inverted index rather than quadratic in sentences.
 */
export function supportCounts(candidates: Candidate[], threshold: number): Map<Candidate, number> {
  const postings = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const word of c.words) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  const out = new Map<Candidate, number>();
  const shared = new Int32Array(candidates.length);
  const touched: number[] = [];
  for (const c of candidates) {
    for (const word of c.words) {
      const list = postings.get(word) ?? [];
      // A word in very many sentences cannot tell developments apart, and would make this quadratic.
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    const articles = new Set<number>();
    for (const j of touched) {
      const o = candidates[j];
      if (o.n !== c.n && (2 * shared[j]) / (c.words.length + o.words.length) >= threshold) articles.add(o.n);
      shared[j] = 0;
    }
    touched.length = 0;
    out.set(c, articles.size);
  }
  return out;
}
