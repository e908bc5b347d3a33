import type { Doc, Entity, Span, Speaker, Token } from '../../model/index.js';
import type { Lexicon, PronounAgreement } from '../lexicon.js';
import { sentenceStart } from './context.js';
import { describedEntity } from './descriptions.js';
import { type EntityIndex, entityAt, latestBefore } from './entities.js';
import { lowerBound } from './lower-bound.js';
import { isPronoun, type MentionRange, mentionBefore } from './mentions.js';
import { insideAny, mostSalient, SALIENCE_SENTENCES, tokenAt } from './salience.js';

/** Speakers named so far in the article, latest last, for pronouns and short names. */
export interface SpeakerHistory {
  named: Speaker[];
}

/** How many earlier speakers a short name or a pronoun is compared with. */
const HISTORY_WINDOW = 50;
/** How many person mentions back a personal pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 40;

/** The words without a leading article ("the Kremlin" → "Kremlin"), to look a name up. */
function withoutArticle(words: string, lex: Lexicon): string {
  const space = words.search(/\s/);
  return space > 0 && lex.speakers.bareArticles.has(words.slice(0, space).toLowerCase())
    ? words.slice(space).trimStart()
    : words;
}

type Referent = { name: string; entityId: string | null };

/** Where a pronoun stands: its offset, its sentence, and whether it is inside a quotation. */
interface PronounSite {
  at: number;
  sentence: number;
  quoted: boolean;
}

function siteOf(doc: Doc, index: EntityIndex, at: number): PronounSite {
  return { at, sentence: doc.sentenceOf[tokenAt(doc, at)] ?? 0, quoted: insideAny(index.quoted, at) };
}

/** How much a person of unknown gender weighs against one whose gender agrees: often a place the tagger took for a person. */
const UNKNOWN_GENDER = 0.5;

/**
 * The antecedent of a personal pronoun: the most salient person of its gender in the last few
 * sentences, earlier speakers counting as subjects where they spoke ("she" never goes to a man; a
 * person of unknown gender weighs less); else the nearest person who agrees, else the latest
 * earlier speaker who agrees.
 */
function personFor(
  doc: Doc,
  index: EntityIndex,
  gender: 'male' | 'female',
  site: PronounSite,
  history: SpeakerHistory,
): Referent | null {
  const factor = (id: string | null) => {
    const g = id ? index.genders.get(id) : undefined;
    if (g === undefined) return UNKNOWN_GENDER;
    return g === gender ? 1 : 0;
  };
  const spoke = recentSpeakers(doc, index, history, site.sentence);
  const salient = mostSalient(index.persons, site.at, site.sentence, site.quoted, (e) => factor(e.id), spoke);
  if (salient) return { name: salient.name, entityId: salient.id };
  const persons = index.persons;
  const top = lowerBound(persons, site.at + 1, (m) => m.end) - 1;
  for (let k = top; k >= 0 && top - k < PRONOUN_WINDOW; k--) {
    const { entity } = persons[k];
    if (factor(entity.id) > 0) return { name: entity.name, entityId: entity.id };
  }
  for (let i = history.named.length - 1; i >= 0 && history.named.length - i <= HISTORY_WINDOW; i--) {
    const earlier = history.named[i];
    if (factor(earlier.entityId) > 0) return earlier;
  }
  return null;
}

/** The earlier speakers with an entity who spoke within the salience window of `sentence`, and where. */
function recentSpeakers(doc: Doc, index: EntityIndex, history: SpeakerHistory, sentence: number) {
  const out: Array<{ entity: Entity; sentence: number }> = [];
  for (let i = history.named.length - 1; i >= 0 && history.named.length - i <= HISTORY_WINDOW; i--) {
    const s = history.named[i];
    const at = doc.sentenceOf[tokenAt(doc, s.span.start)] ?? 0;
    if (sentence - at > SALIENCE_SENTENCES) break;
    const entity = s.entityId ? index.byId.get(s.entityId) : undefined;
    if (entity && at <= sentence) out.push({ entity, sentence: at });
  }
  return out;
}

/**
 * Resolves a speaker or claimant mention at `span`: "he"/"she" to the nearest earlier person of that
 * gender (entity, else an earlier speaker), "they"/"it" to the nearest earlier group entity; a name to
 * its entity when an entity mention covers the mention's head ("U.S. Secretary of Defense Lloyd J.
 * Austin III", but not "South Korea's spy chief", a description), else to an earlier speaker whose name
 * holds its last word ("Austin" → "Lloyd J. Austin III"); otherwise the mention as written, no entity.
 */
export function resolveSpan(
  doc: Doc,
  span: Span,
  index: EntityIndex,
  history: SpeakerHistory,
  lex: Lexicon,
): Speaker | null {
  const words = doc.text.slice(span.start, span.end);
  // "The" of "The Washington Post": a mention inside an entity's name is that entity.
  if (!canSpeak(words, lex)) {
    const entity = entityAt(index, span);
    return entity ? { name: entity.name, entityId: entity.id, span } : null;
  }
  const pronoun = /\s/.test(words) ? undefined : lex.speakers.pronouns.get(words.toLowerCase());
  if (pronoun !== undefined) {
    const found = pronounReferent(doc, index, pronoun, span.start, history, lex);
    return found ? { ...found, span } : { name: words, entityId: null, span };
  }
  const bare = withoutArticle(words, lex);
  const entity = entityAtHead(index, span, words) ?? index.byWord.get(bare) ?? null;
  if (entity) return { name: entity.name, entityId: entity.id, span };
  const earlier = fullerName(bare, history);
  if (earlier) return { ...earlier, span };
  const described = describedEntity(doc, index, span, lex);
  return described
    ? { name: described.name, entityId: described.id, span }
    : { name: words, entityId: null, span };
}

/** The referent of a pronoun by its agreement: a person of its gender, a group, or anyone. */
function pronounReferent(
  doc: Doc,
  index: EntityIndex,
  agreement: PronounAgreement,
  at: number,
  history: SpeakerHistory,
  lex: Lexicon,
): Referent | null {
  if (agreement === 'male' || agreement === 'female')
    return personFor(doc, index, agreement, siteOf(doc, index, at), history);
  if (agreement === 'plural') return groupFor(doc, index, siteOf(doc, index, at), history);
  if (agreement === 'relative') return relativeFor(doc, index, at, lex) ?? anyFor(index, at, history);
  return null;
}

/**
 * An earlier speaker whose fuller name holds the last word of `bare` ("Austin" → "Lloyd J. Austin
 * III"). Only a name's last word finds its fuller form: "Russian officials" is not "American officials".
 */
function fullerName(bare: string, history: SpeakerHistory): Referent | null {
  const lastWord = bare.split(/\s+/).pop() ?? bare;
  if (!/^\p{Lu}/u.test(lastWord)) return null;
  const floor = Math.max(0, history.named.length - HISTORY_WINDOW);
  for (let i = history.named.length - 1; i >= floor; i--) {
    const earlier = history.named[i];
    // A surname never opens the fuller name ("U.S." is not "U.S. Secretary of Defense Lloyd J. Austin III").
    if (earlier.name !== bare && earlier.name.split(/\s+/).indexOf(lastWord, 1) > 0)
      return { name: earlier.name, entityId: earlier.entityId };
  }
  return null;
}

/**
 * Whether a mention can name who speaks: an entity, a description or a group, never a lone function
 * word, auxiliary, cue or introductory word ("Though", "Do", "a"), a day or month name, or a bare
 * number.
 */
export function canSpeak(words: string, lex: Lexicon): boolean {
  if (/\s/.test(words)) return !/^\d[\d,.]*$/.test(words.replace(/\s+/g, ''));
  // "I’ve", "she'll": a pronoun with its auxiliary still speaks; "We've shown" read as a name does not.
  const w = words.toLowerCase().replace(/['’](?:ve|re|ll|d|m|s)$/, '');
  if (lex.speakers.pronouns.has(w) || lex.speakers.nouns.has(w)) return true;
  // A number, a contraction read as a name ("We've"), a verb read as a subject ("the experts I interviewed").
  if (/^\d[\d,.]*$/.test(w) || /['’]/.test(w) || /^\p{Ll}+(?:ed|ing)$/u.test(words)) return false;
  return !(
    lex.phrases.functionWords.has(w) ||
    lex.phrases.determiners.has(w) ||
    lex.speakers.determiners.has(w) ||
    lex.speakers.stops.has(w) ||
    lex.cues.introductions.has(w) ||
    lex.cues.speech.has(w) ||
    lex.cues.stance.has(w) ||
    lex.calendar.names.has(w)
  );
}

/** A post-modifier after a phrase's head: "Senator John Cornyn of Texas", "a spokesman for the ministry". */
const POST_MODIFIER = /\s(?:of|for|from|at|in|with)\s/;

/**
 * The entity a mention names: the one whose mention is the head of the phrase. The head ends the
 * phrase ("U.S. Secretary of Defense Lloyd J. Austin III") unless a post-modifier follows it, as in
 * "Senator John Cornyn of Texas" (Cornyn, not Texas); a person at the very end still heads a title.
 */
function entityAtHead(index: EntityIndex, span: Span, words: string): Entity | null {
  const last = entityAt(index, span);
  const modifier = POST_MODIFIER.exec(words);
  if (!modifier || last?.type === 'PERSON') return last;
  return entityAt(index, { start: span.start, end: span.start + modifier.index }) ?? null;
}

/** Resolves the speaker mention of tokens `[first, last)` (see `resolveSpan`). */
export function resolveSpeaker(
  doc: Doc,
  mention: MentionRange,
  index: EntityIndex,
  history: SpeakerHistory,
  lex: Lexicon,
): Speaker | null {
  const span = { start: doc.tokens[mention.first].start, end: doc.tokens[mention.last - 1].end };
  return resolveSpan(doc, span, index, history, lex);
}

/** A place speaks as "they"/"it" less often than an organisation ("Russia said" is its government). */
const PLACE_WEIGHT = 0.5;

/**
 * "they", "it": the most salient organisation or place of the last sentences (subjects and earlier
 * speakers weigh more), else the nearest earlier one.
 */
function groupFor(doc: Doc, index: EntityIndex, site: PronounSite, history: SpeakerHistory): Referent | null {
  const weight = (e: Entity) => (e.type === 'ORG' ? 1 : e.type === 'LOC' ? PLACE_WEIGHT : 0);
  const spoke = recentSpeakers(doc, index, history, site.sentence);
  const entity =
    mostSalient(index.groups, site.at, site.sentence, site.quoted, weight, spoke) ??
    latestBefore(index.groups, site.at);
  return entity ? { name: entity.name, entityId: entity.id } : null;
}

/**
 * "Mr. Obama, who …", "wealthy Chinese citizens, who …": a relative pronoun stands for the phrase
 * right before it: the entity whose mention ends there, else the speaking phrase as written.
 */
function relativeFor(doc: Doc, index: EntityIndex, at: number, lex: Lexicon): Referent | null {
  const { tokens } = doc;
  const i = tokenAt(doc, at);
  const j = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (j < 0) return null;
  const entity = entityAt(index, { start: tokens[j].start, end: tokens[j].end });
  if (entity) return { name: entity.name, entityId: entity.id };
  const floor = sentenceStart(doc, i);
  const phrase = mentionBefore(tokens, j + 1, floor, lex) ?? nounPhraseBefore(tokens, j + 1, floor, lex);
  if (!phrase || isPronoun(tokens[phrase.first], lex)) return null;
  return { name: doc.text.slice(tokens[phrase.first].start, tokens[phrase.last - 1].end), entityId: null };
}

/** The longest noun phrase read back before a relative pronoun, in tokens. */
const MAX_PHRASE = 7;

/** "wealthy Chinese citizens", "the scientific literature": content words back to a function word, with its determiner. */
function nounPhraseBefore(tokens: Token[], end: number, floor: number, lex: Lexicon): MentionRange | null {
  const content = (t: Token) =>
    t.kind === 'number' ||
    (t.kind === 'word' &&
      !lex.speakers.stops.has(t.text.toLowerCase()) &&
      !lex.cues.auxiliaries.has(t.text.toLowerCase()) &&
      !lex.cues.speech.has(t.text.toLowerCase()));
  let first = end;
  while (first > floor && end - first < MAX_PHRASE && content(tokens[first - 1])) first--;
  if (first === end || !canSpeak(tokens[end - 1].text, lex)) return null;
  const det = tokens[first - 1];
  if (first > floor && det.kind === 'word' && lex.speakers.determiners.has(det.text.toLowerCase())) first--;
  return { first, last: end };
}

/** "who" with no phrase before it: the nearest earlier person, else the last speaker. */
function anyFor(index: EntityIndex, at: number, history: SpeakerHistory): Referent | null {
  const entity = latestBefore(index.persons, at);
  if (entity) return { name: entity.name, entityId: entity.id };
  return history.named[history.named.length - 1] ?? null;
}
