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
};

/** Words before an evidence noun's source ("reports from", "a statement by"). */
export const SOURCE_PREPOSITIONS = ['from', 'by', 'of'];

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
