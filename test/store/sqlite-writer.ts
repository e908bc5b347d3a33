// A second process for sqlite.test.ts: saves articles and claims jobs on a shared file, then prints
// the ids of the jobs it claimed as one JSON line. Usage: sqlite-writer.ts PATH PREFIX COUNT
import { openStore } from '../../src/store/open.js';
import { record } from './fixtures.js';

const [path, prefix, count] = process.argv.slice(2);
const store = await openStore(path!);
const claimed: number[] = [];
for (let i = 0; i < Number(count); i++) {
  await store.saveArticle(
    record({ id: `${prefix}${i}`, text: `${prefix} ${i}\n\nShared body ${i}.`, storyId: 'shared' }),
  );
  const job = await store.claimJob(prefix!, []);
  if (job) claimed.push(job.id);
}
for (let job = await store.claimJob(prefix!, []); job; job = await store.claimJob(prefix!, []))
  claimed.push(job.id);
await store.close();
process.stdout.write(`${JSON.stringify(claimed)}\n`);
