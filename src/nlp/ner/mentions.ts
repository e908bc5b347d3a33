import type { Doc, EntityType, Span } from '../../model/index.js';
import { parseSourceList } from '../sources.js';
import { chunksOf } from './labels.js';
import type { NerWeights } from './model.js';
import { tagDocument } from './tagger.js';

/** A tagged name in the article: its type, token range `[first, last)` and exact text. */
export interface Mention extends Span {
  type: EntityType;
  first: number;
  last: number;
  text: string;
}

/** Options of `findMentions`; defaults in `DEFAULT_MENTIONS`. */
export interface MentionOptions {
  /**
   * Longest run of tokens tagged as one unit: a longer sentence (a 5 MB paragraph without a period)
   * is tagged in pieces, which keeps memory bounded and costs nothing on real sentences.
   */
  maxTokens: number;
}

/** Sentences are tagged in pieces of at most 200 tokens. */
export const DEFAULT_MENTIONS: MentionOptions = { maxTokens: 200 };

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/**
 * Tags the whole article (the document-level pass sees every sentence) and reads the tagged
 * names. The outlet closing a source line ("… The Associated Press") is an organisation by
 * construction, so it is one ORG mention whatever the tagger would say.
 */
export function findMentions(
  doc: Doc,
  weights: NerWeights,
  options: MentionOptions = DEFAULT_MENTIONS,
): Mention[] {
  const outletStarts = new Set(outletSpans(doc).map((o) => o.start));
  const pieces = taggingPieces(doc, options.maxTokens, outletStarts);
  const isOutlet = ([first]: [number, number]) => outletStarts.has(doc.tokens[first].start);
  const tagged = pieces.filter((piece) => !isOutlet(piece));
  const tags = tagDocument(
    weights,
    tagged.map(([first, last]) => doc.tokens.slice(first, last).map((t) => t.text)),
  );
  const mentions: Mention[] = [];
  tagged.forEach(([offset], p) => {
    for (const chunk of chunksOf(tags[p])) {
      mentions.push(mention(doc, TYPE_OF[chunk.type] ?? 'MISC', offset + chunk.start, offset + chunk.end));
    }
  });
  for (const [first, last] of pieces.filter(isOutlet)) mentions.push(mention(doc, 'ORG', first, last));
  return mentions.sort((a, b) => a.start - b.start);
}

function mention(doc: Doc, type: EntityType, first: number, last: number): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { type, first, last, start, end, text: doc.text.slice(start, end) };
}

/** Where each source line's outlet stands (its text ends the line). */
function outletSpans(doc: Doc): Span[] {
  return parseSourceList(doc.text)
    .sources.filter((s) => s.span && s.outlet !== '' && /\p{L}/u.test(s.outlet))
    .map((s) => ({ start: s.span!.end - s.outlet.length, end: s.span!.end }));
}

/**
 * Token ranges to tag: the sentences, cut where a source line's outlet begins (so "… to Russia
 * The Associated Press" gives two names) and into pieces of at most `maxTokens`.
 */
function taggingPieces(doc: Doc, maxTokens: number, cuts: ReadonlySet<number>): [number, number][] {
  const pieces: [number, number][] = [];
  for (const s of doc.sentences) {
    let first = s.first;
    for (let t = s.first + 1; t <= s.last; t++) {
      if (t === s.last || t - first >= maxTokens || cuts.has(doc.tokens[t].start)) {
        pieces.push([first, t]);
        first = t;
      }
    }
  }
  return pieces;
}
