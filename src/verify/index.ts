export { summaryLine, verifyDraft } from './verify.js';
