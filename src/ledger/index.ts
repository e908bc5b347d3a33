export { voiceOf } from './describe-group.js';
export { buildLedger } from './ledger.js';
export { decidePair, type PairContext, type PairDecision } from './pair.js';
export { quotesBySpeaker } from './quotes.js';
export type * from './types.js';
