import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `entry`. Under tsx (tests, `npm run dossier`, the benches) the
 * entry is TypeScript, which a worker thread cannot load by itself: a one-line bootstrap registers
 * tsx in the thread first.
 */
export function spawnThread(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true });
}
