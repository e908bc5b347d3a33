import type { Doc, Entity, Span } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import { lowerBound } from './lower-bound.js';

/** One mention of a person or group, with what makes it a likely antecedent. */
export interface SalientMention {
  end: number;
  entity: Entity;
  /** Index of its sentence. */
  sentence: number;
  /** Whether it reads as its clause's subject ("Trump says", "Sen. David Perdue (R-Ga.) said"). */
  subject: boolean;
  /** Whether it stands inside a quotation (the "Donald Trump" of “… if Donald Trump is elected …”). */
  quoted: boolean;
}

/** The index of the token holding offset `at` (the last token starting at or before it). */
export function tokenAt(doc: Doc, at: number): number {
  return Math.max(0, lowerBound(doc.tokens, at + 1, (t) => t.start) - 1);
}

/** Whether offset `at` lies inside one of the sorted, disjoint `regions`. */
export function insideAny(regions: readonly Span[], at: number): boolean {
  const k = lowerBound(regions, at + 1, (r) => r.start) - 1;
  return k >= 0 && regions[k].end > at;
}

/**
 * Whether a mention reads as a subject: a word that is no function word follows it (its verb:
 * "Trump says", "Mr. Obama learned"), or it opens its sentence past titles and determiners. A
 * possessive ("Mr. Obama's bet") or a preposition's object ("a demand of Obama.") is no subject.
 */
export function isSubject(doc: Doc, span: Span, lex: Lexicon): boolean {
  const { tokens } = doc;
  const first = tokenAt(doc, span.start);
  const last = tokenAt(doc, span.end - 1);
  const next = tokens[last + 1];
  if (next && /^['’]s?$/.test(next.text) && next.start === tokens[last].end) return false;
  const before = tokens[first - 1];
  if (before?.kind === 'word' && lex.phrases.inner.has(before.text.toLowerCase())) return false;
  if (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !lex.speakers.stops.has(next.text)) return true;
  // "Sen. David Perdue (R-Ga.) said": a party tag may stand between the subject and its verb.
  if (next?.text === '(') return true;
  const start = doc.sentences[doc.sentenceOf[first]]?.first ?? 0;
  return first - start <= 2;
}

/** How many sentences back a pronoun looks for a salient antecedent. */
export const SALIENCE_SENTENCES = 3;
/** The most mentions weighed for one pronoun, so a run of names stays bounded. */
const SALIENCE_MENTIONS = 60;

/**
 * Weighs the candidates for a pronoun at offset `at` in sentence `sentence` (a careful reader's
 * salience): each earlier mention within a few sentences adds its weight, halved per sentence back and
 * doubled for a subject; mentions inside quotations are skipped unless the pronoun is quoted too.
 * `accept` gives each entity's agreement factor (0 rejects it). Returns the heaviest entity, or null.
 */
export function mostSalient(
  mentions: readonly SalientMention[],
  at: number,
  sentence: number,
  pronounQuoted: boolean,
  accept: (entity: Entity) => number,
  extra: ReadonlyArray<{ entity: Entity; sentence: number }> = [],
): Entity | null {
  const weights = new Map<string, { entity: Entity; weight: number }>();
  const add = (entity: Entity, d: number, subject: boolean) => {
    const factor = accept(entity);
    if (factor <= 0 || d < 0 || d > SALIENCE_SENTENCES) return;
    const w = factor * (subject ? 2 : 1) * 0.5 ** d;
    const seen = weights.get(entity.id);
    if (seen) seen.weight += w;
    else weights.set(entity.id, { entity, weight: w });
  };
  const top = lowerBound(mentions, at + 1, (m) => m.end) - 1;
  for (let k = top; k >= 0 && top - k < SALIENCE_MENTIONS; k--) {
    const m = mentions[k];
    if (sentence - m.sentence > SALIENCE_SENTENCES) break;
    if (m.quoted && !pronounQuoted) continue;
    add(m.entity, sentence - m.sentence, m.subject);
  }
  for (const e of extra) add(e.entity, sentence - e.sentence, true);
  let best: { entity: Entity; weight: number } | null = null;
  for (const c of weights.values()) if (!best || c.weight > best.weight) best = c;
  return best?.entity ?? null;
}
