import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `entry`. Under tsx (tests, `npm run dossier`, the benches) the
 * entry is TypeScript, which a worker thread cannot load by itself: a one-line bootstrap registers
 * tsx in the thread first.
 */
export function spawnThread(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  // Resolved here, not in the thread: an eval'd thread resolves packages from the working folder.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true });
}
