import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { Library } from '../../src/library/library.js';
import { watch, watchOnce } from '../../src/library/watch.js';

const EXAMPLES = join(resolve(import.meta.dirname, '..', '..'), 'examples');
const dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
const inbox = join(dir, 'inbox');
mkdirSync(inbox);
const drop = (...files: string[]) => {
  for (const f of files) copyFileSync(join(EXAMPLES, f), join(inbox, f.split('/').pop()!));
};

describe('watch', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('alerts on a new story, new articles, a revision and a new conflict, and on nothing when nothing changed', async () => {
    const library = await Library.open(join(dir, 'watch.db'));
    drop('north-korea/nyt-like-austin.html', 'north-korea/pacific-ledger-pentagon.json');
    const first = await watchOnce(library, [inbox]);
    assert.deepEqual(
      first.map((a) => a.kind),
      ['new-story', 'new-article'],
    );

    assert.deepEqual(await watchOnce(library, [inbox]), [], 'a pass over unchanged inputs is silent');

    drop(
      'north-korea/northbridge-herald-estimates.html',
      'north-korea/continental-review-zelensky.txt',
      'revisions/pacific-ledger-pentagon-updated.json',
    );
    const third = await watchOnce(library, [inbox]);
    const kinds = third.map((a) => a.kind).sort();
    assert.deepEqual(kinds, ['conflict', 'new-article', 'new-article', 'revision']);
    // A revision says what changed; a conflict names the values and who gave them.
    const revision = third.find((a) => a.kind === 'revision')!;
    assert.match(revision.message, /version 2\): .*(added|removed|altered)/);
    const conflict = third.find((a) => a.kind === 'conflict')!;
    assert.match(conflict.message, /disagree on .+: .*\d.* \(.+, .+\); .*\d/);
    await library.close();
  });

  it('the first pass of a watch records a baseline without alerting, unless alertExisting', async () => {
    const folder = join(dir, 'baseline');
    mkdirSync(folder);
    copyFileSync(join(EXAMPLES, 'north-korea/nyt-like-austin.html'), join(folder, 'a.html'));
    for (const [alertExisting, expected] of [
      [false, 0],
      [true, 1],
    ] as const) {
      const library = await Library.open(join(dir, `baseline-${alertExisting}.db`));
      const heard: string[] = [];
      await watch(library, [folder], {
        alertExisting,
        onAlert: (a) => heard.push(a.kind),
        signal: AbortSignal.timeout(50),
        intervalMs: 60_000,
      });
      assert.equal(heard.length, expected, `alertExisting ${alertExisting}`);
      assert.equal((await library.store.listArticles()).length, 1, 'the baseline pass stores the article');
      await library.close();
    }
  });
});

describe('watch --every with a long interval', () => {
  it('waits 600 hours between passes instead of polling continuously', async () => {
    const library = await Library.open(join(dir, 'long.db'));
    try {
      // 600 h is past setTimeout's 24.8-day limit: an overflowing timer fires at once.
      const passes = await watch(library, [], {
        intervalMs: 600 * 3_600_000,
        signal: AbortSignal.timeout(500),
      });
      assert.equal(passes, 1);
    } finally {
      await library.close();
    }
  });
});
