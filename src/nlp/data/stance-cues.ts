import type { Stance } from '../../model/index.js';

/** Nouns of evidence a claimant is named through: "U.S. estimates put…", "Reports from X estimate…". */
export const EVIDENCE_NOUNS: Readonly<Record<string, Stance>> = {
  estimates: 'estimates',
  estimate: 'estimates',
  figures: 'reports',
  data: 'reports',
  reports: 'reports',
  report: 'reports',
  statistics: 'reports',
  numbers: 'reports',
  assessment: 'estimates',
  assessments: 'estimates',
  calculations: 'estimates',
  tallies: 'reports',
  tally: 'reports',
  poll: 'reports',
  survey: 'reports',
  study: 'reports',
  projections: 'estimates',
  count: 'reports',
  findings: 'reports',
  analysis: 'estimates',
  records: 'reports',
  filings: 'reports',
  averages: 'estimates',
};

/** Words before an evidence noun's source ("reports from", "a statement by"). */
export const SOURCE_PREPOSITIONS = ['from', 'by', 'of'];

/** Nouns of surveys that are credited to whoever ran them ("in a recent Gallup survey", "a poll by Quinnipiac"). */
export const POLL_NOUNS = ['poll', 'polls', 'survey', 'surveys', 'study'];

/**
 * Heads of a claimant phrase that name a poll's respondents, not a claimant ("8 percent of Democrats
 * said", "a majority of voters expect"): the poll, if the sentence names it, is the claimant.
 */
export const RESPONDENT_WORDS = [
  'percent',
  'percentage',
  'majority',
  'minority',
  'plurality',
  'most',
  'half',
  'third',
];

/** Clause-level words the claim reader stops or turns at. Lower case. */
export const CLAIM_WORDS = {
  /** Conjunctions after a comma that start a new clause, ending the proposition before them. */
  clauseBreaks: ['and', 'but', 'while', 'although', 'though', 'however', 'whereas', 'according', 'as'],
  /** Relative pronouns opening an aside after the claimant ("The governor, who denied …"). */
  relatives: ['who', 'which'],
  /** Words opening a condition: "if members reject the offer" states nothing yet. */
  conditions: ['if', 'unless', 'whether'],
  /** Words after a cue that describe a state, not a statement ("two people reported missing"), besides the people adjectives. */
  states: ['safe', 'alive', 'arrested', 'detained'],
} as const;
