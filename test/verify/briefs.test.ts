import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { briefToHtml } from '../../src/brief/html.js';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/**
 * Every brief of the examples, verified against its own story as `dossier verify BRIEF --story ID`
 * does it: the brief's apparatus (citation markers, headings, the source list, "also report"
 * lines) is not read as claims, and every item it states is supported.
 */
describe('the examples’ briefs verify clean against their stories', () => {
  let dir: string;
  let library: Library;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-briefs-'));
    library = await Library.open(join(dir, 'news.db'));
    await ingestBatch(library, [EXAMPLES]);
  });
  after(async () => {
    await library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds every item of each brief, Markdown and HTML, supported', async () => {
    const stories = await library.store.listStories();
    assert.equal(stories.length, 3);
    for (const story of stories) {
      const { brief } = await library.brief(story.id);
      const sources = await library.verifySources(story.id);
      for (const [format, draft] of [
        ['md', briefToMarkdown(brief)],
        ['html', briefToHtml(brief)],
      ] as const) {
        const report = library.verify(draft, sources);
        const bad = report.items.filter((i) => i.verdict !== 'supported');
        assert.deepEqual(
          bad.map((i) => `${i.kind} ${i.verdict} “${i.text}”: ${i.note}`),
          [],
          `${story.title} (${format})`,
        );
        // Figures, quotes and claims are all checked: a clean report is not an empty one.
        for (const kind of ['quote', 'figure', 'claim'] as const) {
          assert.ok(
            report.items.some((i) => i.kind === kind),
            `${story.title} (${format}): no ${kind}`,
          );
        }
        // Citation markers and the source list's dates are never read as figures.
        const figures = report.items.filter((i) => i.kind === 'figure').map((i) => i.text);
        assert.deepEqual(
          figures.filter((t) => /^\[?\d\]?$|^\d{4}-\d\d/.test(t)),
          [],
        );
      }
    }
  });
});
