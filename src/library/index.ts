export { analyzeInput, verifyAgainst } from './compute.js';
export { BATCH_DEFAULTS, type BatchOptions, type BatchSummary, ingestBatch } from './ingest-batch.js';
export { type IngestOutcome, Library, openLibrary } from './library.js';
export { defaultJobs } from './read-pool.js';
export { type Alert, WATCH_DEFAULTS, type WatchOptions, watch, watchOnce } from './watch.js';
export { enqueueIngest, INGEST_JOB, runWorker, WORKER_DEFAULTS, type WorkerOptions } from './worker.js';
