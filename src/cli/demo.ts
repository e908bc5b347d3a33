/**
 * `npm start`: the demo. Ingests the project's own `examples/` into the embedded SQLite database
 * ($DOSSIER_DB or ./dossier.db), prints the stories found and the brief of the largest story.
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBrief } from '../brief/index.js';
import { ingestBatch, Library } from '../library/index.js';
import { resolveStoreLocation } from '../store/index.js';
import { isoDay } from '../util/format.js';
import { print, printError } from './context.js';
import { EXIT } from './exit-codes.js';
import { progressBar } from './progress.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

async function demo(): Promise<void> {
  const location = resolveStoreLocation();
  const library = await Library.open(location);
  try {
    const bar = progressBar('ingest examples/');
    const summary = await ingestBatch(library, [EXAMPLES], { progress: bar.update });
    bar.stop();
    print(
      `Ingested examples/ into ${location}: ${summary.new} new, ${summary.revision} revised, ` +
        `${summary.unchanged} already stored, ${summary.errors.length} failed.\n`,
    );
    const stories = await library.store.listStories();
    print(`Stories (${stories.length}):`);
    for (const s of stories) {
      print(
        `  ${s.id}  ${String(s.articleIds.length).padStart(2)} articles  ${isoDay(s.first)} → ${isoDay(s.last)}  ${s.title}`,
      );
    }
    const largest = stories[0];
    if (!largest) return;
    print(`\nBrief of the largest story (dossier brief ${largest.id}):\n`);
    const { brief } = await library.brief(largest.id);
    print(renderBrief(brief, 'md'));
    print(`Next: dossier ledger ${largest.id} · dossier quotes --story ${largest.id} · dossier serve`);
  } finally {
    await library.close();
  }
}

demo().catch((err: Error) => {
  printError(`dossier demo: ${err.message}`);
  process.exitCode = EXIT.runtime;
});
