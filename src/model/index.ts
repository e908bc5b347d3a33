export type * from './analysis.js';
export type * from './article.js';
export type * from './registry.js';
export type * from './span.js';
export type * from './story.js';
export type * from './text.js';
export type * from './verify.js';
