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

/** The body sentences of an article (no headline, no source list), datelines and openers trimmed. */
export function candidatesOf(analysis: Analysis, n: number): Candidate[] {
  const { article } = analysis;
  const doc = readDoc(article.text, article.published);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.start >= doc.bodyEnd) break;
    const raw = article.text.slice(s.start, s.end);
    if (s.start === 0 && raw.trim() === article.title.trim()) continue;
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
