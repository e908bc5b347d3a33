export { DEFAULT_STORE_LOCATION, openStore, resolveStoreLocation } from './open.js';
export * from './store.js';
