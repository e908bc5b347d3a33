import type { Stance } from '../model/index.js';

/** What a stance commits the claimant to: asserting, denying, or declining to say. */
export type Commitment = 'asserts' | 'denies' | 'declines';

const COMMITMENT: Record<Stance, Commitment> = {
  confirms: 'asserts',
  reports: 'asserts',
  estimates: 'asserts',
  speculates: 'asserts',
  denies: 'denies',
  declines: 'declines',
};

/** Two stances that commit to the same thing agree ("confirmed" and "said" both assert). */
export const commitmentOf = (stance: Stance): Commitment => COMMITMENT[stance];
