import { alignWords, dice, type Identity, type NameRef, type Word, type WordOp } from '../compare/index.js';
import type { Entity, Span, Stance, VerifyItem } from '../model/index.js';
import { commitmentOf } from './commitment.js';
import { type CheckedText, wordsIn } from './sources.js';

/** The stance a cue word states ("denied" denies, "said" reports), or null for other words. */
export type StanceOf = (word: string) => Stance | null;

/** Sentences this alike (Dice over content words) are one sentence copied, perhaps with words changed. */
const COPIED = 0.6;
/** Fewer content words than this say too little to tell a copy from a coincidence. */
const MIN_CONTENT_WORDS = 4;
/** Source sentences looked at per draft sentence, most alike first; bounds hostile input. */
const MAX_CANDIDATES = 20;
/** A word in more source sentences than this does not help find the one a draft sentence copies. */
const MAX_POSTINGS = 200;
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nobody', 'nothing', 'none', 'neither', 'nor']);
const PEOPLE_AND_GROUPS = new Set<Entity['type']>(['PERSON', 'ORG']);

/** A sentence of a source, found through the words it shares with a draft sentence. */
interface Posting {
  source: CheckedText;
  sentence: number;
}

/**
 * Who said or did what, in the sentences the draft copies from a source: where a copied sentence
 * names another person or organisation than the source ("Clinton said" for "Trump said"), turns
 * a cue into another stance ("denied" for "said") or adds or drops a negation, it is altered,
 * whatever the extractors made of the sentence. Sentences the draft writes in its own words are
 * left to the claim, quote and figure checks.
 */
export function checkAttributions(
  draft: CheckedText,
  sources: CheckedText[],
  identity: Identity,
  stanceOf: StanceOf,
): Retold[] {
  const index = indexSentences(sources);
  const out: Retold[] = [];
  for (const [i, s] of draft.sentences.entries()) {
    if (s.start >= draft.bodyEnd) break;
    const words = draft.sentenceWords[i];
    if (words.size < MIN_CONTENT_WORDS) continue;
    const copied = copiedFrom(words, index);
    if (!copied) continue;
    const found = differences(draft, i, copied, identity, stanceOf);
    if (found.length > 0) {
      out.push({
        item: item(
          draft,
          i,
          copied,
          found.map((f) => f.note),
        ),
        changed: found.map((f) => f.at),
      });
    }
  }
  return out;
}

/** A copied sentence found altered, with where in the draft its changed words are. */
export interface Retold {
  item: VerifyItem;
  changed: Span[];
}

/** One difference: what it is, for people, and the draft words it is about. */
interface Finding {
  note: string;
  at: Span;
}

function indexSentences(sources: CheckedText[]): Map<string, Posting[]> {
  const index = new Map<string, Posting[]>();
  for (const source of sources) {
    source.sentenceWords.forEach((words, sentence) => {
      if (source.sentences[sentence].start >= source.bodyEnd) return;
      // One posting per sentence, shared by its words: sentences are counted by identity.
      const posting = { source, sentence };
      for (const w of words) {
        const list = index.get(w);
        if (!list) index.set(w, [posting]);
        else if (list.length <= MAX_POSTINGS) list.push(posting);
      }
    });
  }
  return index;
}

/** The source sentence a draft sentence copies: the most alike, when alike enough. */
function copiedFrom(words: Set<string>, index: Map<string, Posting[]>): Posting | null {
  const shared = new Map<Posting, number>();
  for (const w of words) {
    const list = index.get(w);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const p of list) shared.set(p, (shared.get(p) ?? 0) + 1);
  }
  let best: Posting | null = null;
  let bestScore = COPIED;
  const ranked = [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
  for (const [p] of ranked) {
    const score = dice(words, p.source.sentenceWords[p.sentence]);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

function differences(
  draft: CheckedText,
  i: number,
  copied: Posting,
  identity: Identity,
  stanceOf: StanceOf,
): Finding[] {
  const dWords = wordsIn(draft, draft.sentences[i]);
  const sWords = wordsIn(copied.source, copied.source.sentences[copied.sentence]);
  const alignment = alignWords(dWords, sWords);
  if (!alignment) return [];
  const out: Finding[] = [];
  for (const op of alignment.ops) {
    const d = dWords.slice(op.draft[0], op.draft[1]);
    const s = op.kind === 'added' ? [] : sWords.slice(op.source[0], op.source[1]);
    // Where the difference is in the draft: its words, or for dropped words the place they were.
    const near = d.length > 0 ? d : dWords.slice(Math.max(0, op.draft[0] - 1), op.draft[0] + 1);
    const at = { start: near[0]?.start ?? 0, end: near.at(-1)?.end ?? 0 };
    const notes: (string | null)[] = [];
    if (op.kind === 'changed') {
      notes.push(
        quotedSpeaker(draft, d) ? null : changedName(draft, d, dWords, copied.source, s, sWords, identity),
      );
      notes.push(changedStance(d, s, stanceOf));
    }
    notes.push(changedNegation(op.kind, d, s));
    for (const note of notes) if (note) out.push({ note, at });
  }
  return out;
}

/** Whether the words name the speaker of a quotation: the quote check judges that attribution. */
function quotedSpeaker(draft: CheckedText, words: Word[]): boolean {
  const start = words[0]?.start ?? 0;
  const end = words.at(-1)?.end ?? 0;
  return draft.analysis.quotes.some(
    (q) =>
      q.kind !== 'indirect' && q.speaker !== null && q.speaker.span.start < end && start < q.speaker.span.end,
  );
}

/** The person or organisation named at some words of a text, if they are (part of) one's mention. */
function entityAt(text: CheckedText, words: Word[]): { entity: Entity; mention: string } | null {
  if (words.length === 0) return null;
  const span = { start: words[0].start, end: words.at(-1)?.end ?? words[0].end };
  for (const entity of text.analysis.entities) {
    if (!PEOPLE_AND_GROUPS.has(entity.type)) continue;
    for (const m of entity.mentions) {
      if (m.start < span.end && span.start < m.end) {
        return { entity, mention: text.analysis.article.text.slice(m.start, m.end) };
      }
    }
  }
  return null;
}

/** Who some words name: the person or organisation they mention, else the capitalised words they are. */
function named(text: CheckedText, words: Word[]): { ref: NameRef; mention: string; tagged: boolean } | null {
  const articleId = text.analysis.article.id;
  const found = entityAt(text, words);
  if (found) {
    return {
      ref: { name: found.entity.name, articleId, entityId: found.entity.id },
      mention: found.mention,
      tagged: true,
    };
  }
  // A name the tagger missed ("Politifact", a headline's "Video") still names someone.
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w.raw))) return null;
  const mention = words.map((w) => w.raw).join(' ');
  return { ref: { name: mention, articleId, entityId: null }, mention, tagged: false };
}

/**
 * A person or organisation of the source replaced by another (one side at least tagged as a
 * person or organisation, the other a name), where the draft does not just name again someone
 * the source sentence names elsewhere ("Trump and Clinton" reordered is no swap).
 */
function changedName(
  draft: CheckedText,
  d: Word[],
  dSentence: Word[],
  source: CheckedText,
  s: Word[],
  sSentence: Word[],
  identity: Identity,
): string | null {
  const ours = named(draft, d);
  const theirs = named(source, s);
  if (!ours || !theirs || (!ours.tagged && !theirs.tagged)) return null;
  if (identity.same(ours.ref, theirs.ref)) return null;
  const count = (words: Word[], norm: string) => words.filter((w) => w.norm === norm).length;
  if (d.every((w) => count(dSentence, w.norm) <= count(sSentence, w.norm))) return null;
  return `names “${ours.mention}” where the source names “${theirs.mention}”`;
}

/** A cue of one commitment replaced by a cue of another ("denied" for "said"). */
function changedStance(d: Word[], s: Word[], stanceOf: StanceOf): string | null {
  const ours = d.map((w) => stanceOf(w.norm)).find((x) => x !== null);
  const theirs = s.map((w) => stanceOf(w.norm)).find((x) => x !== null);
  if (!ours || !theirs || commitmentOf(ours) === commitmentOf(theirs)) return null;
  return `“${d.map((w) => w.raw).join(' ')}” where the source has “${s.map((w) => w.raw).join(' ')}”`;
}

const isNegation = (w: Word) => NEGATIONS.has(w.norm) || /n['’]t$/.test(w.norm);

/** A negation the draft adds to or drops from the copied sentence: it says the opposite. */
function changedNegation(kind: WordOp['kind'], d: Word[], s: Word[]): string | null {
  const ours = d.filter(isNegation).length;
  const theirs = s.filter(isNegation).length;
  if (kind === 'same' || ours === theirs) return null;
  return ours > theirs
    ? `adds “${d.find(isNegation)?.raw}”, which the source does not say`
    : `drops “${s.find(isNegation)?.raw}” the source says`;
}

function item(draft: CheckedText, i: number, copied: Posting, found: string[]): VerifyItem {
  const { text } = draft.analysis.article;
  const s = draft.sentences[i];
  const raw = text.slice(s.start, s.end);
  const start = s.start + (raw.length - raw.trimStart().length);
  const end = s.start + raw.trimEnd().length;
  const src = copied.source.sentences[copied.sentence];
  const srcText = copied.source.analysis.article.text;
  return {
    kind: 'claim',
    text: text.slice(start, end),
    span: { start, end },
    verdict: 'altered',
    source: {
      articleId: copied.source.analysis.article.id,
      text: srcText.slice(src.start, src.end),
      span: { start: src.start, end: src.end },
    },
    note: `the source sentence says otherwise: ${found.join('; ')}`,
  };
}
