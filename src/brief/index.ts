export { briefToHtml } from './html.js';
export { briefToMarkdown } from './markdown.js';
export { type BriefFormat, renderBrief } from './render.js';
export { type LlmConfig, llmConfigFromEnv, type RewriteResult, rewriteBrief } from './rewrite.js';
export type * from './types.js';
export { BRIEF_DEFAULTS } from './types.js';
export { writeBrief } from './write.js';
