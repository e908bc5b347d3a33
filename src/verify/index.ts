export { MAX_DRAFT_CHARS, summaryLine, type VerifyOptions, verifyDraft } from './verify.js';
