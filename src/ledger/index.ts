export { buildLedger } from './ledger.js';
export type * from './types.js';
