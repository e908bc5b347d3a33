/**
 * Dossier as a library (`import { analyze, openLibrary } from 'dossier'`): the analysis of one
 * article, the library that stores, clusters and reconciles a collection, and the stages a caller
 * may run on their own. test/package.test.ts holds the list; an export added here is added there.
 */
export { type Brief, type BriefFormat, type BriefOptions, renderBrief, writeBrief } from './brief/index.js';
export { DossierError, InputError, NotFoundError } from './errors.js';
export { extractArticle } from './extract/index.js';
export { contentHash, fetchInputs, readInputs, toArticle } from './ingest/index.js';
export { buildLedger, type Ledger } from './ledger/index.js';
export { type IngestOutcome, ingestBatch, Library, openLibrary } from './library/index.js';
export type * from './model/index.js';
export { type AnalyzerResources, analyze, type Lexicon } from './nlp/index.js';
export { loadResources } from './resources.js';
export { openStore, type Store, type StoreOptions } from './store/index.js';
export { type Clusterer, createClusterer, storyFeatures } from './stories/index.js';
export { verifyDraft } from './verify/index.js';
