import { getGender } from 'gender-detection-from-name';
import type { Stance } from '../../model/index.js';
import type { EntityLexicon } from '../entities.js';
import type { CueLexicon, Lexicon, NumberLexicon, PhraseLexicon, SpeakerLexicon } from '../lexicon.js';
import { FUTURE_CUES, MONTHS, NAME_LIKE_MONTHS, RELATIVE_DAY_WORDS, WEEKDAYS } from './calendar.js';
import { CUE_VERBS } from './cues.js';
import { DEMONYMS } from './demonyms.js';
import { DEFINITE_OPENERS, DESCRIPTION_HEADS } from './descriptions.js';
import { TITLE_CASE_SMALL_WORDS } from './headline-words.js';
import { ACRONYM_SKIP, NAME_CLOSERS_NOT, NAME_OPENERS_NOT, NAME_SUFFIXES, NOT_NAME_WORDS } from './names.js';
import { NUMBER_WORDS, ONE_AFTER, ONE_BEFORE, ORDINAL_SUFFIXES } from './number-words.js';
import { GOVERNMENT_SEATS } from './organisations.js';
import {
  BE_FORMS,
  IRREGULAR_PLURALS,
  PHRASE_INNER_WORDS,
  PHRASE_WORDS,
  VERB_NEGATIONS,
} from './phrase-words.js';
import { PLACES } from './places.js';
import { INCREMENT, OVER_PARTICLE_VERBS, POST_QUALIFIERS, PRE_QUALIFIERS, RANGE } from './qualifiers.js';
import {
  ARTICLE_WORDS,
  CLAUSE_CONJUNCTIONS,
  CUE_AUXILIARIES,
  CUE_DETERMINERS,
  DETERMINER_WORDS,
  HONORIFIC_GENDERS,
  INTRODUCTION_WORDS,
  NAME_LINKS,
  NAME_TITLES,
  NOT_NAMES,
  POSSESSIVE_WORDS,
  RELATIVE_OBJECTS,
  ROLE_WORDS,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
  SPEAKER_STOPS,
  SUBORDINATE_OPENERS,
  TIME_AFTER_OPENER,
  WORK_TITLE_OPENERS,
} from './speech.js';
import {
  CLAIM_WORDS,
  EVIDENCE_NOUNS,
  POLL_NOUNS,
  RESPONDENT_WORDS,
  SOURCE_PREPOSITIONS,
} from './stance-cues.js';
import { STOPWORDS } from './stopwords.js';
import { APPOSITION_OPENERS, HONORIFICS, ROLE_STOP_WORDS, TITLE_WORDS } from './titles.js';
import {
  COUNT_NOUNS,
  CURRENCIES,
  DEMONSTRATIVES,
  IDENTIFIER_WORDS,
  MEASURES,
  MONEY_PARTICLES,
  MONEY_VERBS,
  OWNER_VERBS,
  PEOPLE_ADJECTIVES,
  PEOPLE_VERBS,
  PERCENT,
  POINT_SUBJECTS,
  POINTS,
  PREMODIFIER_PARTICIPLES,
  RATE,
  SUBJECT_LINKS,
  TIME_NOUNS,
  TIME_WORDS,
} from './units.js';

const set = (words: Iterable<string>): ReadonlySet<string> => new Set(words);
const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
// Maps, not the records themselves: a token such as "constructor" must not find Object.prototype.
const map = <T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(record));

/** A first name's usual gender from gender-detection-from-name's registry (English names first). */
function firstNameGender(firstName: string): 'male' | 'female' | null {
  const g = getGender(firstName, 'en');
  return g === 'unknown' ? null : g;
}

const STANCES = new Set<string>(['confirms', 'denies', 'estimates', 'reports', 'speculates']);

/** Reads the cue verb table: one form a line, then its tags (see `data/cues.ts`). */
function cueLexicon(): CueLexicon {
  const byTag: Record<string, Set<string>> = {
    speech: new Set(),
    declines: new Set(),
    refuses: new Set(),
    noun: new Set(),
    that: new Set(),
    after: new Set(),
    order: new Set(),
    credits: new Set(),
    promise: new Set(),
    evidence: new Set(),
  };
  const stance = new Map<string, Stance>();
  for (const line of CUE_VERBS.split('\n')) {
    const [form, ...tags] = line.trim().split(/\s+/);
    if (!form) continue;
    for (const tag of tags) {
      if (STANCES.has(tag)) stance.set(form, tag as Stance);
      else if (Object.hasOwn(byTag, tag)) byTag[tag].add(form);
      else throw new Error(`data/cues.ts: unknown tag "${tag}" on "${form}"`);
    }
  }
  return {
    speech: byTag.speech,
    stance,
    declinedWhenNegated: byTag.declines,
    refusing: byTag.refuses,
    nounLike: byTag.noun,
    needsThat: byTag.that,
    figureAfter: byTag.after,
    orders: byTag.order,
    credits: byTag.credits,
    promises: byTag.promise,
    needsEvidence: byTag.evidence,
    auxiliaries: set(CUE_AUXILIARIES),
    introductions: set(INTRODUCTION_WORDS),
  };
}

function speakerLexicon(monthsAndDays: string[]): SpeakerLexicon {
  const pronouns = map(SPEAKER_PRONOUNS);
  return {
    pronouns,
    nouns: set(SPEAKER_NOUNS),
    stops: set(SPEAKER_STOPS),
    notNames: set([...NOT_NAMES, ...monthsAndDays.map(capitalised)]),
    titles: set(NAME_TITLES),
    determiners: set(DETERMINER_WORDS),
    articles: set(ARTICLE_WORDS),
    bareArticles: set(['the', 'a', 'an']),
    possessives: set(POSSESSIVE_WORDS),
    cueDeterminersAfter: set(CUE_DETERMINERS.after),
    cueDeterminersBefore: set(CUE_DETERMINERS.before),
    clauseConjunctions: set(CLAUSE_CONJUNCTIONS),
    nameLinks: set(NAME_LINKS),
    timeAfterOpener: set(TIME_AFTER_OPENER),
    relativeObjects: set(RELATIVE_OBJECTS),
    subordinateOpeners: set(SUBORDINATE_OPENERS),
    workTitleOpeners: set(WORK_TITLE_OPENERS),
    titleSmallWords: set(TITLE_CASE_SMALL_WORDS),
    roleWords: set(ROLE_WORDS),
    descriptionHeads: map(DESCRIPTION_HEADS),
    definiteOpeners: set(DEFINITE_OPENERS),
    honorificGenders: map(HONORIFIC_GENDERS),
    firstNameGender,
  };
}

function phraseLexicon(): PhraseLexicon {
  const w = PHRASE_WORDS;
  return {
    functionWords: set([
      ...w.prepositions,
      ...w.conjunctions,
      ...w.pronouns,
      ...w.auxiliaries,
      ...w.negations,
      ...w.adverbs,
      ...w.verbs,
    ]),
    determiners: set(w.determiners),
    pronouns: set(w.pronouns),
    auxiliaries: set(w.auxiliaries),
    verbModifiers: set([...w.adverbs, ...w.auxiliaries, ...w.negations]),
    be: set(BE_FORMS),
    verbNegations: set(VERB_NEGATIONS),
    irregularPlurals: set(IRREGULAR_PLURALS),
    inner: set(PHRASE_INNER_WORDS),
    people: set(PEOPLE_ADJECTIVES),
    premodifiers: set(PREMODIFIER_PARTICIPLES),
  };
}

function numberLexicon(): NumberLexicon {
  const units = map(NUMBER_WORDS.units);
  const scales = map(NUMBER_WORDS.scales);
  const pluralScales = map(NUMBER_WORDS.pluralScales);
  const fractions = map(NUMBER_WORDS.fractions);
  const articles = set(NUMBER_WORDS.articles);
  const currencyCodes = map(CURRENCIES.codes);
  return {
    units,
    scales,
    pluralScales,
    fractions,
    shareDenominators: map(NUMBER_WORDS.shareDenominators),
    shareJoiners: set(NUMBER_WORDS.shareJoiners),
    shareAfter: set(NUMBER_WORDS.shareAfter),
    notShareBefore: set(NUMBER_WORDS.notShareBefore),
    attachedOnly: set(NUMBER_WORDS.attachedOnly),
    articles,
    starters: set([
      ...units.keys(),
      ...pluralScales.keys(),
      ...fractions.keys(),
      ...articles,
      ...currencyCodes.keys(),
    ]),
    words: set([...units.keys(), ...scales.keys(), ...pluralScales.keys()]),
    currencySigns: map(CURRENCIES.signs),
    currencyCodes,
    currencyWords: map(CURRENCIES.words),
    measures: map(MEASURES),
    percentWords: set([...PERCENT.signs, ...PERCENT.words]),
    percentPairs: PERCENT.pairs,
    points: { words: set(POINTS.words), prefix: POINTS.prefix, unit: POINTS.unit },
    ratePeriods: set(RATE.periods),
    rateMarkers: set(RATE.markers),
  };
}

function entityLexicon(monthsAndDays: string[]): EntityLexicon {
  // "May" is a name as often as a month ("Theresa May"): a title read leftwards does not stop at it.
  const roleStops = [...monthsAndDays.filter((m) => !NAME_LIKE_MONTHS.includes(m)), ...ROLE_STOP_WORDS];
  return {
    refine: {
      demonyms: lower(DEMONYMS),
      titles: lower([...TITLE_WORDS.heads, ...TITLE_WORDS.modifiers]),
      titleHeads: lower(TITLE_WORDS.heads),
      suffixes: lower(NAME_SUFFIXES),
      notNames: lower([...NOT_NAME_WORDS, ...roleStops]),
      organisations: lower(GOVERNMENT_SEATS),
      openers: lower(NAME_OPENERS_NOT),
      closers: lower(NAME_CLOSERS_NOT),
      placeWords: lower(PLACES.filter((p) => !p.includes(' '))),
      isGivenName: (word) => firstNameGender(word) !== null,
    },
    resolve: { suffixes: lower(NAME_SUFFIXES), acronymSkip: lower(ACRONYM_SKIP) },
    roles: {
      heads: lower(TITLE_WORDS.heads),
      modifiers: lower(TITLE_WORDS.modifiers),
      connectors: lower(TITLE_WORDS.connectors),
      demonyms: lower(DEMONYMS.flatMap((d) => d.split(' '))),
      openers: lower(APPOSITION_OPENERS),
      stops: lower(roleStops),
      notNames: lower(NOT_NAME_WORDS),
      honorifics: lower(HONORIFICS),
    },
  };
}

/**
 * Builds the lexicon from the data modules: the only reader of `src/nlp/data/` besides the tokenizer
 * and the NER feature extractor. Called once per process by `loadResources`.
 */
export function buildLexicon(): Lexicon {
  const monthNames = MONTHS.map((forms) => forms[0]);
  const dayNames = WEEKDAYS.map((forms) => forms[0]);
  const monthAbbreviations = MONTHS.flatMap((forms) => forms.slice(1));
  const calendarNames = [...MONTHS.flat(), ...WEEKDAYS.flat()];
  const prefixes = [...new Set([...monthNames, ...dayNames].map((w) => w.slice(0, 3)))];
  const transitive: readonly string[] = RANGE.transitive;
  return {
    entities: entityLexicon([...dayNames, ...monthNames]),
    cues: cueLexicon(),
    speakers: speakerLexicon([...dayNames, ...monthNames]),
    phrases: phraseLexicon(),
    numbers: numberLexicon(),
    figures: {
      preQualifiers: PRE_QUALIFIERS,
      postQualifiers: POST_QUALIFIERS,
      // Longest first, so "an additional" wins over "additional".
      incrementBefore: INCREMENT.before.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
      incrementAfter: set(INCREMENT.after),
      incrementNouns: set(INCREMENT.nouns),
      incrementVerbs: set(INCREMENT.verbs),
      overParticleVerbs: set(OVER_PARTICLE_VERBS),
      rangeJoiners: set(RANGE.joiners),
      needsBetween: set(RANGE.needsBetween),
      changeVerbs: set(RANGE.changeVerbs),
      subjectLinks: set([...RANGE.changeVerbs.filter((v) => !transitive.includes(v)), ...SUBJECT_LINKS]),
      timeNouns: set(TIME_NOUNS),
      countNouns: set(COUNT_NOUNS),
      moneyVerbs: map(MONEY_VERBS),
      moneyParticles: set(MONEY_PARTICLES),
      demonstratives: set(DEMONSTRATIVES),
      ownerVerbs: set(OWNER_VERBS),
      pointSubjects: POINT_SUBJECTS,
      peopleVerbs: map(PEOPLE_VERBS),
      ordinalSuffixes: set(ORDINAL_SUFFIXES),
      timeWords: set(TIME_WORDS),
      identifierWords: set(IDENTIFIER_WORDS),
      months: set([...monthNames, ...monthAbbreviations.map((a) => `${a}.`)]),
      modifierWords: set([
        ...PRE_QUALIFIERS.flatMap((q) => q.words),
        ...INCREMENT.before.flatMap((p) => p.split(' ')),
        'between',
        'from',
      ]),
      oneBefore: set(ONE_BEFORE),
      oneAfter: set(ONE_AFTER),
    },
    claims: {
      evidenceNouns: map(EVIDENCE_NOUNS),
      sourcePrepositions: set(SOURCE_PREPOSITIONS),
      pollNouns: set(POLL_NOUNS),
      respondents: set(RESPONDENT_WORDS),
      clauseBreaks: set(CLAIM_WORDS.clauseBreaks),
      relatives: set(CLAIM_WORDS.relatives),
      conditions: set(CLAIM_WORDS.conditions),
      states: set([...PEOPLE_ADJECTIVES, ...CLAIM_WORDS.states]),
    },
    calendar: {
      names: set(calendarNames),
      hint: new RegExp(`\\d|\\b(?:${[...prefixes, ...RELATIVE_DAY_WORDS].join('|')})`, 'i'),
      future: wordsPattern(FUTURE_CUES),
    },
    stopwords: set(STOPWORDS),
  };
}

/** A pattern matching any of the phrases as whole words (a phrase opening with an apostrophe may follow a letter: "they'll"). */
function wordsPattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) => {
    const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return /^\p{L}/u.test(p) ? `(?<!\\p{L})${body}` : body;
  });
  return new RegExp(`(?:${alternatives.join('|')})(?!\\p{L})`, 'iu');
}
