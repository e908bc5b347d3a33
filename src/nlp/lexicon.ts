import type { Qualifier, Stance } from '../model/index.js';
import type { EntityLexicon } from './entities.js';

/*
 * The word lists the analysers read, as one typed object built once (`buildLexicon` in
 * `data/lexicon.ts`, called by `loadResources`) and handed to `analyze` with the trained models, so a
 * test can hand in a small fixed copy. The type lives here, beside the analysers, not in `src/model`:
 * it is no part of the JSON contract, and it names the sets the analysers look words up in.
 * Every set is lower case unless its comment says otherwise.
 *
 * The tokenizer and sentence splitter keep their abbreviation tables (`data/abbreviations.ts`): they
 * define what a token and a sentence are for the whole program (the ledger, brief and stories read
 * words and sentences with them), and two tokenisations of one article must never disagree.
 */

/** Attribution cues: each verb form once in the data, seen here through what it does. */
export interface CueLexicon {
  /** Verbs that introduce speech ("said", "tweeted", "quipped"). */
  speech: ReadonlySet<string>;
  /** The stance a verb states when not negated ("denied" denies). */
  stance: ReadonlyMap<string, Stance>;
  /** Verbs that, negated, mean the claimant declined to say ("has not commented"). */
  declinedWhenNegated: ReadonlySet<string>;
  /** Verbs that decline the infinitive after them ("declined to comment"). */
  refusing: ReadonlySet<string>;
  /** Cue words that are also nouns ("reports of"): verbs only in a verb's place. */
  nounLike: ReadonlySet<string>;
  /** Cues that claim only with a "that" clause ("a poll found that …"). */
  needsThat: ReadonlySet<string>;
  /** Verbs that attribute a figure written before them ("…, officials said"). */
  figureAfter: ReadonlySet<string>;
  /** Verbs that credit their subject with what follows, without a stance ("pledged", "proposed"). */
  credits: ReadonlySet<string>;
  /** Verbs that credit an intention only before "to" ("pledged to spend"). */
  promises: ReadonlySet<string>;
  /** Verbs that attribute only with a record or study as subject ("a poll showed"). */
  needsEvidence: ReadonlySet<string>;
  /** Verbs that with "to" pass on an order ("people told to leave"). */
  orders: ReadonlySet<string>;
  /** Words that may stand between a speaker and the cue ("he also said", "Trump has said"). */
  auxiliaries: ReadonlySet<string>;
  /** Words opening an introductory phrase ("In 2014, …", "Asked about it, …"). */
  introductions: ReadonlySet<string>;
}

/** Agreement a pronoun asks of what it refers to. */
export type PronounAgreement = 'male' | 'female' | 'plural' | 'relative' | 'first';

/** Words that make or bound a speaker phrase around a quotation's cue. */
export interface SpeakerLexicon {
  /** Pronouns that can speak, with the agreement they ask. */
  pronouns: ReadonlyMap<string, PronounAgreement>;
  /** Nouns that speak without a capital ("officials said", "the campaign said"). */
  nouns: ReadonlySet<string>;
  /** Function words that end a backward walk for a speaker. */
  stops: ReadonlySet<string>;
  /** Capitalised words (as written) that name no speaker: openers, days, months. */
  notNames: ReadonlySet<string>;
  /** Abbreviated titles (as written) that may open a name ("Mr.", "Sen."). */
  titles: ReadonlySet<string>;
  /** Determiners that stop a backward walk. */
  determiners: ReadonlySet<string>;
  /** Determiners that let any short noun phrase speak ("the book said"). */
  articles: ReadonlySet<string>;
  /** The articles a name may carry ("the Kremlin"), dropped to look it up. */
  bareArticles: ReadonlySet<string>;
  /** Possessive determiners that may open a speaker phrase ("said his spokesman"). */
  possessives: ReadonlySet<string>;
  /** Determiners of a short phrase speaking after a cue ("said the ruling") and before one ("that report said"). */
  cueDeterminersAfter: ReadonlySet<string>;
  cueDeterminersBefore: ReadonlySet<string>;
  /** Conjunctions that open a clause, never a speaker. */
  clauseConjunctions: ReadonlySet<string>;
  /** Function words a capitalised speaker phrase may hold ("Mr. Morgan of the Sierra Club"). */
  nameLinks: ReadonlySet<string>;
  /** Words after a one-word opener that make it a time ("Hours later, …"). */
  timeAfterOpener: ReadonlySet<string>;
  /** Words that open a subordinate clause ("that", "who"), ending a main clause's reach. */
  subordinateOpeners: ReadonlySet<string>;
  /** "what"/"which" opening a relative clause whose speaker quotes for the subject. */
  relativeObjects: ReadonlySet<string>;
  /** Words before a quotation that make it a work's title (on “Face the Nation”). */
  workTitleOpeners: ReadonlySet<string>;
  /** Small words a Title Case work title keeps in lower case. */
  titleSmallWords: ReadonlySet<string>;
  /** Role words that may precede a name but are no part of it ("President", "Sen"). */
  roleWords: ReadonlySet<string>;
  /** Heads of definite descriptions that refer back to a named entity ("the mayor"), with its kind. */
  descriptionHeads: ReadonlyMap<string, 'person' | 'male' | 'female' | 'org' | 'place'>;
  /** Determiners that make a description definite ("the", "this"). */
  definiteOpeners: ReadonlySet<string>;
  /** Honorifics that tell a person's gender ("mr." male, "mrs." female). */
  honorificGenders: ReadonlyMap<string, 'male' | 'female'>;
  /** The gender a first name ("Hillary") usually has, from a registry of names; null when unknown. */
  firstNameGender: (firstName: string) => 'male' | 'female' | null;
}

/** Closed-class words that bound the noun phrases figures and claims attach to. */
export interface PhraseLexicon {
  /** Prepositions, conjunctions, pronouns, auxiliaries, negations, adverbs and frequent verbs. */
  functionWords: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** Adverbs, auxiliaries and negations: what may sit between a subject and its verb. */
  verbModifiers: ReadonlySet<string>;
  /** Forms of "be", which make a following cue passive. */
  be: ReadonlySet<string>;
  /** Words that negate a verb ("not", "never"). */
  verbNegations: ReadonlySet<string>;
  /** Plurals without an -s ("people"). */
  irregularPlurals: ReadonlySet<string>;
  /** Prepositions inside a noun phrase ("Officials in Seoul"). */
  inner: ReadonlySet<string>;
  /** Words standing for people when they head a subject ("the dead and wounded"). */
  people: ReadonlySet<string>;
  /** Participles that premodify a noun ("registered voters"): they do not end a noun phrase. */
  premodifiers: ReadonlySet<string>;
}

/** How numbers are written in words, scales, currencies, percent and measures. */
export interface NumberLexicon {
  units: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  pluralScales: ReadonlyMap<string, number>;
  fractions: ReadonlyMap<string, number>;
  /** Share denominators ("thirds" → 3) and the words around shares ("Six in 10", not "the first half"). */
  shareDenominators: ReadonlyMap<string, number>;
  shareJoiners: ReadonlySet<string>;
  shareAfter: ReadonlySet<string>;
  notShareBefore: ReadonlySet<string>;
  /** Scale abbreviations that count only written against the number ("1.2bn"). */
  attachedOnly: ReadonlySet<string>;
  /** "a"/"an" for one before a scale ("a million"). */
  articles: ReadonlySet<string>;
  /** Every word a spelled number can start with, or a currency code. */
  starters: ReadonlySet<string>;
  /** Every spelled number or scale word ("three", "million", "dozens"). */
  words: ReadonlySet<string>;
  /** Currency signs (as written), codes and words, each to its unit name. */
  currencySigns: ReadonlyMap<string, string>;
  currencyCodes: ReadonlyMap<string, string>;
  currencyWords: ReadonlyMap<string, string>;
  /** Measurement abbreviations to their unit names ("km" → "kilometres"). */
  measures: ReadonlyMap<string, string>;
  /** "%", "percent" and two-word forms ("per cent"). */
  percentWords: ReadonlySet<string>;
  percentPairs: readonly (readonly [string, string])[];
  /** "point"/"points", the "percentage" before them, and the unit they give. */
  points: { words: ReadonlySet<string>; prefix: string; unit: string };
  /** Periods and their markers after money: "$15 an hour" is dollars per hour. */
  ratePeriods: ReadonlySet<string>;
  rateMarkers: ReadonlySet<string>;
}

/** A word sequence that qualifies the number next to it ("more than 600,000"). */
export interface QualifierCue {
  words: string[];
  qualifier: Exclude<Qualifier, 'exact' | 'range'>;
}

/** What figures read around a number: qualifiers, ranges, increments, subjects and what is not a figure. */
export interface FigureLexicon {
  /** Qualifiers before the number, longest first, and after it. */
  preQualifiers: readonly QualifierCue[];
  postQualifiers: readonly QualifierCue[];
  /** Increment phrases before the number, split in words, longest first ("an additional"), and words after it. */
  incrementBefore: readonly string[][];
  incrementAfter: ReadonlySet<string>;
  /** Change nouns after a figure and change verbs before it: either makes it an increment. */
  incrementNouns: ReadonlySet<string>;
  incrementVerbs: ReadonlySet<string>;
  /** Verbs whose "over" is a particle, no qualifier ("handed over"). */
  overParticleVerbs: ReadonlySet<string>;
  /** Words joining a range's ends, those that need "between", and change verbs that make two figures. */
  rangeJoiners: ReadonlySet<string>;
  needsBetween: ReadonlySet<string>;
  changeVerbs: ReadonlySet<string>;
  /** Words between a subject and its number ("stood at"). */
  subjectLinks: ReadonlySet<string>;
  /** Time nouns that say when, not what ("a week earlier"). */
  timeNouns: ReadonlySet<string>;
  /** Verbs moving money, to their participle ("gave" → "given"), and their particles ("took in"). */
  moneyVerbs: ReadonlyMap<string, string>;
  moneyParticles: ReadonlySet<string>;
  /** "that", "those": determiners after "of" ("40 percent of that money"). */
  demonstratives: ReadonlySet<string>;
  /** Verbs whose subject owns the count after them ("Rubio has 10"). */
  ownerVerbs: ReadonlySet<string>;
  /** Sentence words naming what points measure, in order ("margin", "led" → lead). */
  pointSubjects: readonly (readonly [string, string])[];
  /** Words that make a bare count people harmed ("were killed", "killing"), to their participle. */
  peopleVerbs: ReadonlyMap<string, string>;
  /** Nouns of a count ("the number of"). */
  countNouns: ReadonlySet<string>;
  /** Ordinal suffixes ("3rd"), time words ("p.m."), identifier words ("Route 66"). */
  ordinalSuffixes: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  identifierWords: ReadonlySet<string>;
  /** Month names and abbreviations with their period ("sept."): a number next to one is a date. */
  months: ReadonlySet<string>;
  /** Qualifier and increment words: capitalised at a sentence start, they still qualify the number. */
  modifierWords: ReadonlySet<string>;
  /** Words before and after "one" that make it a pronoun or idiom ("no one", "one day"). */
  oneBefore: ReadonlySet<string>;
  oneAfter: ReadonlySet<string>;
}

/** What claims read besides the cues: evidence nouns and the clause words they stop at. */
export interface ClaimLexicon {
  /** Nouns of evidence a claimant is named through ("U.S. estimates put …"), with their stance. */
  evidenceNouns: ReadonlyMap<string, Stance>;
  /** Prepositions before an evidence noun's source ("reports from"). */
  sourcePrepositions: ReadonlySet<string>;
  /** Survey nouns credited to whoever ran them ("in a recent Gallup survey"). */
  pollNouns: ReadonlySet<string>;
  /** Heads that name a poll's respondents, not a claimant ("8 percent of Democrats said"). */
  respondents: ReadonlySet<string>;
  /** Conjunctions after a comma that start a new clause. */
  clauseBreaks: ReadonlySet<string>;
  /** Relative pronouns opening an aside after the claimant. */
  relatives: ReadonlySet<string>;
  /** Words opening a condition ("if", "unless"). */
  conditions: ReadonlySet<string>;
  /** Words after a cue that describe a state ("reported missing"), so the cue states nothing. */
  states: ReadonlySet<string>;
}

/** Calendar names for the date finder. */
export interface CalendarLexicon {
  /** Month and day names and their abbreviations: in lower case they are mostly other words ("may"). */
  names: ReadonlySet<string>;
  /** Matches a sentence that may hold a date: a digit, a calendar abbreviation or a relative day word. */
  hint: RegExp;
  /** Matches a sentence that speaks of the future ("will", "is scheduled to"): its bare weekdays lie ahead. */
  future: RegExp;
}

/** Every word list the analysers read, one list per concept. */
export interface Lexicon {
  entities: EntityLexicon;
  cues: CueLexicon;
  speakers: SpeakerLexicon;
  phrases: PhraseLexicon;
  numbers: NumberLexicon;
  figures: FigureLexicon;
  claims: ClaimLexicon;
  calendar: CalendarLexicon;
  /** Words that say nothing about which story an article belongs to (story features). */
  stopwords: ReadonlySet<string>;
}
