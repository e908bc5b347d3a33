import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import type { EntityType, RegistryEntity } from '../../src/model/index.js';
import type { ClusterEntry, Json, Store, StoreOptions } from '../../src/store/store.js';
import { record, storyRow } from './fixtures.js';

/** How the contract suite gets databases from one backend. */
export interface StoreHarness {
  /** A location for a new, empty database (a temp file, a throwaway schema). */
  newLocation(): Promise<string>;
  /** Opens a store at a location; called more than once per location for reopen and concurrency tests. */
  open(location: string, options?: Partial<StoreOptions>): Promise<Store>;
  /** Removes what `newLocation` created; stores opened on it are closed first. */
  dispose(location: string): Promise<void>;
  /** Whether `exclusive` holds across store instances (PostgreSQL) or only within one (SQLite: one writer process). */
  exclusiveAcrossInstances: boolean;
}

const TROOPS = [
  'North Korea sends troops to Russia',
  '',
  'Austin confirmed that approximately 2,500 troops were sent to Vladivostok and Kursk.',
  'He called it a “very serious” escalation; the Kremlin has not commented.',
].join('\n');

const HOSTILE_QUERIES = [
  '"',
  '""',
  '"unterminated phrase',
  'AND',
  'OR NOT',
  'troops AND',
  '*',
  'troops*',
  '-',
  '-troops',
  'NEAR(troops russia)',
  'title:troops',
  '^troops',
  "'; DROP TABLE articles; --",
  '(((',
  'a:b:c {} [] <> | & ! \\',
  'Ünïcödé 北朝鮮 🚀 مرحبا',
  '\u0000\u0001\uFFFF\uD800',
  'troops '.repeat(5000),
];

/**
 * The one contract every Store implementation passes. Each test opens a fresh database from the
 * harness and disposes of it, so tests share nothing.
 */
export function storeContract(name: string, harness: StoreHarness): void {
  describe(`${name} store contract`, () => {
    const open: Store[] = [];
    const locations: string[] = [];

    /** A fresh location and a store on it, cleaned up after the suite. */
    async function fresh(options?: Partial<StoreOptions>): Promise<{ store: Store; location: string }> {
      const location = await harness.newLocation();
      locations.push(location);
      const store = await harness.open(location, options);
      open.push(store);
      return { store, location };
    }

    /** Another store on an existing location (a second connection or pool). */
    async function another(location: string, options?: Partial<StoreOptions>): Promise<Store> {
      const store = await harness.open(location, options);
      open.push(store);
      return store;
    }

    after(async () => {
      for (const store of open) await store.close();
      for (const location of locations) await harness.dispose(location);
    });

    it('stores a new article, keeps an unchanged one once, and a revision as a new version', async () => {
      const { store } = await fresh();
      const first = record({ id: 'a1', text: TROOPS, storyId: 's1' });
      assert.deepEqual(await store.saveArticle(first), { status: 'new', articleId: 'a1', version: 1 });
      assert.deepEqual(await store.saveArticle(first), { status: 'unchanged', articleId: 'a1', version: 1 });

      const revisedText = TROOPS.replace('2,500', '3,000');
      const diff = { figures: { altered: [{ before: '2,500 troops', after: '3,000 troops' }] } };
      const revised = record({ id: 'a1', text: revisedText, storyId: 's1', diff });
      assert.deepEqual(await store.saveArticle(revised), { status: 'revision', articleId: 'a1', version: 2 });

      const latest = await store.getArticle('a1');
      assert.ok(latest);
      assert.equal(latest.version, 2);
      assert.equal(latest.latestVersion, 2);
      assert.deepEqual(latest.analysis, revised.analysis);
      assert.deepEqual(latest.article, revised.article);
      assert.equal(latest.contentHash, revised.contentHash);
      assert.equal(latest.storyId, 's1');
      assert.ok(!Number.isNaN(Date.parse(latest.ingestedAt)));

      const old = await store.getArticle('a1', 1);
      assert.equal(old?.version, 1);
      assert.deepEqual(old?.analysis, first.analysis);
      assert.equal(await store.getArticle('a1', 3), null);

      const versions = await store.getVersions('a1');
      assert.deepEqual(
        versions.map((v) => [v.version, v.contentHash, v.diff]),
        [
          [1, first.contentHash, null],
          [2, revised.contentHash, diff],
        ],
      );
      assert.equal(await store.hasContentHash(first.contentHash), true);
      assert.equal(await store.hasContentHash(revised.contentHash), true);
      assert.equal(await store.hasContentHash('no-such-hash'), false);
      assert.deepEqual(await store.count(), {
        articles: 1,
        versions: 2,
        stories: 1,
        merges: 0,
        duplicates: 0,
      });
    });

    it('re-saving known content under another id writes nothing at all', async () => {
      const { store } = await fresh();
      await store.saveArticle(record({ id: 'a1', text: TROOPS, storyId: 's1' }));
      const before = await store.count();
      const copy = record({
        id: 'copy',
        text: TROOPS,
        outlet: 'Syndicate',
        storyId: 's2',
        stories: [storyRow('s2')],
      });
      assert.deepEqual(await store.saveArticle(copy), { status: 'unchanged', articleId: 'a1', version: 1 });
      assert.deepEqual(await store.count(), before);
      assert.equal(await store.getArticle('copy'), null);
      assert.equal(await store.getStory('s2'), null);
    });

    it('round-trips awkward text exactly and keeps near-duplicate links', async () => {
      const { store } = await fresh();
      const text =
        'Zürich “quotes” — emoji 🚀 \u0000 NUL, RTL مرحبا, lone surrogate \uD800 and "\\" backslash';
      const original = record({ id: 'orig', text: TROOPS, published: null, outlet: null });
      const odd = record({ id: 'odd\u2028id', text, title: 'Title with \u0000 and 🚀', duplicateOf: 'orig' });
      await store.saveArticle(original);
      await store.saveArticle(odd);
      const back = await store.getArticle('odd\u2028id');
      assert.deepEqual(back?.analysis, odd.analysis);
      assert.equal(back?.duplicateOf, 'orig');
      const plain = await store.getArticle('orig');
      assert.equal(plain?.article.published, null);
      assert.equal(plain?.article.outlet, null);
      assert.equal((await store.count()).duplicates, 1);
    });

    it('lists latest versions newest published first, with paging and filters', async () => {
      const { store } = await fresh();
      const dates = ['2024-10-20', '2024-10-23', null, '2024-10-21'];
      for (const [i, day] of dates.entries()) {
        await store.saveArticle(
          record({
            id: `a${i}`,
            text: `Article ${i}\n\nBody ${i}.`,
            published: day ? `${day}T00:00:00.000Z` : null,
            storyId: i % 2 === 0 ? 'even' : 'odd',
          }),
        );
      }
      await store.saveArticle(
        record({ id: 'a0', text: 'Article 0 revised\n\nBody 0 again.', storyId: 'even' }),
      );
      const all = await store.listArticles();
      assert.deepEqual(
        all.map((a) => a.id),
        ['a0', 'a1', 'a3', 'a2'],
      );
      assert.equal(all[0]?.version, 2);
      assert.equal(all[0]?.title, 'Article 0 revised');
      assert.equal(all[3]?.published, null);
      assert.deepEqual(
        (await store.listArticles({ limit: 2, offset: 1 })).map((a) => a.id),
        ['a1', 'a3'],
      );
      assert.deepEqual(
        (await store.listArticles({ since: '2024-10-21T00:00:00Z' })).map((a) => a.id),
        ['a0', 'a1', 'a3'],
      );
      assert.deepEqual(
        (await store.listArticles({ storyId: 'odd' })).map((a) => a.id),
        ['a1', 'a3'],
      );
      assert.deepEqual(await store.listArticles({ limit: 0 }), []);
      assert.equal((await store.listArticles({ limit: Number.NaN })).length, 4);
    });

    it('returns the latest analyses of the asked articles only', async () => {
      const { store } = await fresh();
      await store.saveArticle(record({ id: 'a', text: 'Alpha\n\nfirst.' }));
      await store.saveArticle(record({ id: 'b', text: 'Beta\n\nsecond.' }));
      const revised = record({ id: 'a', text: 'Alpha revised\n\nfirst, changed.' });
      await store.saveArticle(revised);
      const got = await store.getAnalyses(['a', 'missing', 'b']);
      assert.deepEqual([...got.keys()].sort(), ['a', 'b']);
      assert.deepEqual(got.get('a'), revised.analysis);
      assert.equal((await store.getAnalyses([])).size, 0);
      const many = Array.from({ length: 1200 }, (_, i) => `id${i}`).concat('b');
      assert.deepEqual([...(await store.getAnalyses(many)).keys()], ['b']);
    });

    it('searches latest texts with ranking and snippets, and treats any user text as plain words', async () => {
      const { store } = await fresh();
      await store.saveArticle(record({ id: 'troops', text: TROOPS }));
      await store.saveArticle(
        record({ id: 'zurich', text: 'Talks in Zürich\n\nDiplomats met in Zürich on Monday.' }),
      );
      await store.saveArticle(
        record({ id: 'other', text: 'Harvest report\n\nFarmers expect a record harvest.' }),
      );

      const hits = await store.search('Vladivostok');
      assert.deepEqual(
        hits.map((h) => h.articleId),
        ['troops'],
      );
      assert.match(hits[0]!.snippet, /\[Vladivostok\]/);
      assert.doesNotMatch(hits[0]!.snippet, /\n/);
      assert.ok(Number.isFinite(hits[0]!.score));
      assert.deepEqual(
        (await store.search('"very serious"')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(
        (await store.search('“very serious”')).map((h) => h.articleId),
        ['troops'],
      );
      // Word order matters inside a phrase (stop words like "very" are not reliable: PostgreSQL drops them).
      assert.deepEqual(
        (await store.search('"serious escalation"')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(await store.search('"escalation serious"'), []);
      assert.deepEqual(
        (await store.search('Zürich')).map((h) => h.articleId),
        ['zurich'],
      );
      assert.deepEqual(
        (await store.search('north-korea')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(
        (await store.search('troops Kremlin')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(await store.search('troops harvest'), []);
      assert.deepEqual(await store.search(''), []);
      assert.deepEqual(await store.search('   '), []);

      for (const query of HOSTILE_QUERIES) {
        const found = await store.search(query, { limit: 5 });
        assert.ok(Array.isArray(found), `query ${JSON.stringify(query.slice(0, 40))}`);
      }
      assert.deepEqual(
        (await store.search('-troops')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(
        (await store.search('troops*')).map((h) => h.articleId),
        ['troops'],
      );
      assert.deepEqual(
        (await store.search("'; DROP TABLE articles; --")).map((h) => h.articleId),
        [],
      );
      assert.equal((await store.count()).articles, 3);

      await store.saveArticle(record({ id: 'troops', text: TROOPS.replace('Vladivostok', 'Khabarovsk') }));
      assert.deepEqual(await store.search('Vladivostok'), []);
      assert.deepEqual(
        (await store.search('Khabarovsk')).map((h) => h.articleId),
        ['troops'],
      );
    });

    it('derives stories from their articles, records merges and resolves merged stories', async () => {
      const { store } = await fresh();
      const s1 = storyRow('s1', 'Troops in Russia', ['Austin', 'Kremlin']);
      await store.saveArticle(
        record({
          id: 'a',
          text: 'A\n\none',
          outlet: 'NYT',
          published: '2024-10-23T00:00:00.000Z',
          stories: [s1],
          storyId: 's1',
        }),
      );
      await store.saveArticle(
        record({
          id: 'b',
          text: 'B\n\ntwo',
          outlet: 'AP',
          published: '2024-10-20T00:00:00.000Z',
          storyId: 's2',
        }),
      );
      await store.saveArticle(
        record({
          id: 'c',
          text: 'C\n\nthree',
          outlet: 'AP',
          published: '2024-10-21T00:00:00.000Z',
          storyId: 's3',
        }),
      );
      const merge = { into: 's1', from: 's2', score: 0.75, at: '2024-10-24T00:00:00.000Z' };
      const d = record({
        id: 'd',
        text: 'D\n\nfour',
        outlet: 'Reuters',
        published: '2024-10-25T00:00:00.000Z',
        storyId: 's1',
        stories: [{ ...s1, title: 'North Korean troops in Russia' }],
        merges: [merge, { into: 's1', from: 's1', score: 1, at: merge.at }],
      });
      await store.saveArticle(d);

      const story = await store.getStory('s1');
      assert.deepEqual(story, {
        id: 's1',
        title: 'North Korean troops in Russia',
        first: '2024-10-20T00:00:00.000Z',
        last: '2024-10-25T00:00:00.000Z',
        articleIds: ['a', 'b', 'd'],
        outlets: ['NYT', 'AP', 'Reuters'],
        keyEntities: ['Austin', 'Kremlin'],
      });
      assert.deepEqual(await store.getStory('s2'), story);
      assert.equal(await store.getStory('nope'), null);
      assert.deepEqual(await store.getMerges('s1'), [merge]);
      assert.deepEqual(await store.getMerges('s2'), [merge]);
      assert.deepEqual(await store.getMerges('s3'), []);
      assert.equal((await store.getArticle('b'))?.storyId, 's1');

      const listed = await store.listStories();
      assert.deepEqual(
        listed.map((s) => [s.id, s.articleIds.length]),
        [
          ['s1', 3],
          ['s3', 1],
        ],
      );
      assert.deepEqual(
        (await store.listStories({ since: '2024-10-22T00:00:00.000Z' })).map((s) => s.id),
        ['s1'],
      );
      assert.deepEqual(
        (await store.listStories({ limit: 1 })).map((s) => s.id),
        ['s1'],
      );
      assert.deepEqual(await store.count(), {
        articles: 4,
        versions: 4,
        stories: 2,
        merges: 1,
        duplicates: 0,
      });

      // A merge of a story into one that was itself merged resolves along the chain.
      await store.saveArticle(
        record({
          id: 'e',
          text: 'E\n\nfive',
          storyId: 's4',
          stories: [storyRow('s4')],
          merges: [{ into: 's4', from: 's1', score: 0.5, at: '2024-10-26T00:00:00.000Z' }],
        }),
      );
      assert.deepEqual((await store.getStory('s2'))?.articleIds, ['a', 'b', 'd', 'e']);
      assert.equal((await store.getStory('s2'))?.id, 's4');
    });

    it('files articles and merges that name a merged story under the story that absorbed it', async () => {
      const { store } = await fresh();
      const at = '2024-10-24T00:00:00.000Z';
      await store.saveArticle(record({ id: 'a', text: 'A\n\none', storyId: 's1' }));
      await store.saveArticle(
        record({
          id: 'b',
          text: 'B\n\ntwo',
          storyId: 's2',
          merges: [{ into: 's1', from: 's2', score: 0.9, at }],
        }),
      );
      await store.saveArticle(record({ id: 'c', text: 'C\n\nthree', storyId: 's2', stories: [] }));
      await store.saveArticle(
        record({
          id: 'd',
          text: 'D\n\nfour',
          storyId: 's3',
          merges: [{ into: 's2', from: 's3', score: 0.8, at }],
        }),
      );
      // A merge back into the story's own absorber would be a cycle: it is recorded, and changes nothing.
      await store.saveArticle(
        record({
          id: 'e',
          text: 'E\n\nfive',
          storyId: 's1',
          merges: [{ into: 's2', from: 's1', score: 0.7, at }],
        }),
      );
      assert.deepEqual((await store.getStory('s1'))?.articleIds, ['a', 'b', 'c', 'd', 'e']);
      assert.equal((await store.getArticle('c'))?.storyId, 's1');
      assert.deepEqual(
        (await store.listStories()).map((s) => s.id),
        ['s1'],
      );
      assert.equal((await store.getMerges('s1')).length, 2);
    });

    it('moves a revised article to the story its revision names', async () => {
      const { store } = await fresh();
      await store.saveArticle(record({ id: 'a', text: 'A\n\none', storyId: 's1' }));
      await store.saveArticle(record({ id: 'b', text: 'B\n\ntwo', storyId: 's1' }));
      await store.saveArticle(record({ id: 'a', text: 'A\n\none, revised', storyId: 's2' }));
      assert.deepEqual((await store.getStory('s1'))?.articleIds, ['b']);
      assert.deepEqual((await store.getStory('s2'))?.articleIds, ['a']);
      assert.equal((await store.getArticle('a', 1))?.storyId, 's2');
      await assert.rejects(
        store.saveArticle(record({ id: 'c', text: 'C\n\nthree', duplicateOf: 'missing' })),
      );
      assert.equal(await store.getArticle('c'), null);
    });

    it('replays cluster state in arrival order, page by page, with the latest features', async () => {
      const location = await harness.newLocation();
      locations.push(location);
      const store = await another(location, { pageSize: 2 });
      const ids = ['e', 'b', 'd', 'a', 'c'];
      for (const id of ids) {
        await store.saveArticle(
          record({ id, text: `${id}\n\ntext ${id}`, storyId: `s-${id}`, features: { v: 1, id } }),
        );
      }
      await store.saveArticle(
        record({ id: 'b', text: 'b\n\nrevised', storyId: 's-b', features: { v: 2, id: 'b' } }),
      );
      const seen: ClusterEntry[] = [];
      for await (const entry of store.clusterState()) seen.push(entry);
      assert.deepEqual(
        seen.map(({ seq: _, ...rest }) => rest),
        ids.map((id) => ({ articleId: id, storyId: `s-${id}`, features: { v: id === 'b' ? 2 : 1, id } })),
      );
      const seqs = seen.map((e) => e.seq);
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => a - b),
        'seq follows arrival order',
      );
      assert.equal(new Set(seqs).size, seqs.length);
      // Catching up from a seq reads only what arrived after it.
      const later: string[] = [];
      for await (const entry of store.clusterState(seen[2].seq)) later.push(entry.articleId);
      assert.deepEqual(later, ids.slice(3));
      const empty = await fresh();
      for await (const entry of empty.store.clusterState()) assert.fail(`unexpected ${entry.articleId}`);
    });

    it('runs exclusive work one piece at a time and survives a failing piece', async () => {
      const { store, location } = await fresh();
      const second = harness.exclusiveAcrossInstances ? await another(location) : store;
      let inside = 0;
      let most = 0;
      const piece = (s: Store, fail: boolean) =>
        s.exclusive(async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 15));
          inside--;
          if (fail) throw new Error('boom');
          return 'ok';
        });
      const results = await Promise.allSettled([
        piece(store, false),
        piece(second, true),
        piece(store, false),
        piece(second, false),
      ]);
      assert.equal(most, 1, 'no two exclusive pieces overlapped');
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
      );
    });

    it('never hands one job to two claimers', async () => {
      const { store, location } = await fresh();
      const second = await another(location);
      const ids = new Set<number>();
      for (let i = 0; i < 30; i++) ids.add(await store.enqueueJob('ingest', { n: i }));
      assert.equal(ids.size, 30);
      const claimed: number[] = [];
      const claimer = async (s: Store, worker: string) => {
        for (;;) {
          const job = await s.claimJob(worker, ['ingest']);
          if (!job) return;
          assert.equal(job.status, 'running');
          assert.equal(job.workerId, worker);
          claimed.push(job.id);
        }
      };
      await Promise.all([
        claimer(store, 'w1'),
        claimer(second, 'w2'),
        claimer(store, 'w3'),
        claimer(second, 'w4'),
      ]);
      assert.equal(claimed.length, 30);
      assert.deepEqual(new Set(claimed), ids);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 30, done: 0, failed: 0 });
    });

    it('claims by kind, completes jobs with results, and retries failures up to the limit', async () => {
      const { store } = await fresh({ maxAttempts: 3 });
      const twice = await store.enqueueJob('fetch', { url: 'https://x.example/a' }, { maxAttempts: 2 });
      const once = await store.enqueueJob('ingest', { path: 'a.txt' });
      assert.equal(await store.claimJob('w', ['nothing']), null);

      const job = await store.claimJob('w', ['fetch']);
      assert.equal(job?.id, twice);
      assert.deepEqual(job?.payload, { url: 'https://x.example/a' });
      assert.equal(job?.attempts, 1);
      assert.equal(job?.maxAttempts, 2);
      assert.equal(await store.failJob(twice, 'w', 'timeout'), 'queued');

      const again = await store.claimJob('w', []);
      assert.equal(again?.id, twice);
      assert.equal(again?.attempts, 2);
      assert.equal(again?.error, 'timeout');
      assert.equal(await store.failJob(twice, 'w', 'timeout again'), 'failed');

      const other = await store.claimJob('w', []);
      assert.equal(other?.id, once);
      assert.equal(other?.maxAttempts, 3);
      assert.equal(await store.completeJob(once, 'w', { articleId: 'a1', status: 'new' }), true);
      assert.equal(await store.claimJob('w', []), null);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 1, failed: 1 });
      assert.equal(await store.failJob(once, 'w', 'late'), 'done');
      await assert.rejects(store.completeJob(999_999, 'w', null), /no job 999999/);
      await assert.rejects(store.failJob(999_999, 'w', 'x'), /no job 999999/);
    });

    it('gives a job whose lease ran out to another worker, and fails it when out of attempts', async () => {
      let clock = 1_000_000;
      const { store } = await fresh({ leaseMs: 1000, maxAttempts: 2, now: () => clock });
      const id = await store.enqueueJob('ingest', {});
      assert.equal((await store.claimJob('w1', []))?.workerId, 'w1');
      clock += 500;
      assert.equal(await store.claimJob('w2', []), null);
      clock += 1000;
      const taken = await store.claimJob('w2', []);
      assert.equal(taken?.id, id);
      assert.equal(taken?.workerId, 'w2');
      assert.equal(taken?.attempts, 2);
      clock += 5000;
      assert.equal(await store.claimJob('w3', []), null);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 0, failed: 1 });
    });

    it('counts the changes of a story: new articles, revisions and merges, never unchanged copies', async () => {
      const { store } = await fresh();
      const at = '2024-10-26T00:00:00.000Z';
      assert.equal(await store.storyChanges('s1'), null);
      await store.saveArticle(record({ id: 'a', text: 'A\n\nFirst.', storyId: 's1' }));
      const first = await store.storyChanges('s1');
      assert.equal(first?.id, 's1');
      await store.saveArticle(record({ id: 'a', text: 'A\n\nFirst.', storyId: 's1' }));
      assert.deepEqual(await store.storyChanges('s1'), first, 'an unchanged copy changes nothing');
      // A revision of a story past the summary size writes no story row, yet counts.
      await store.saveArticle(record({ id: 'a', text: 'A\n\nFirst, revised.', storyId: 's1', stories: [] }));
      const revised = await store.storyChanges('s1');
      assert.ok(revised && first && revised.changes > first.changes, 'a revision counts');
      await store.saveArticle(record({ id: 'b', text: 'B\n\nOther.', storyId: 's2' }));
      const before = await store.storyChanges('s2');
      await store.saveArticle(
        record({
          id: 'c',
          text: 'C\n\nThird.',
          storyId: 's2',
          merges: [{ into: 's2', from: 's1', score: 0.9, at }],
        }),
      );
      const merged = await store.storyChanges('s1');
      assert.equal(merged?.id, 's2', 'a merged story resolves to its absorber');
      assert.ok(merged && before && merged.changes > before.changes);
      assert.deepEqual(await store.storyChanges('s2'), merged);
    });

    it('keeps a job with a worker that renews its lease, and records only its holder', async () => {
      let clock = 1_000_000;
      const { store } = await fresh({ leaseMs: 1000, maxAttempts: 3, now: () => clock });
      const id = await store.enqueueJob('ingest', {});
      await store.claimJob('w1', []);
      // A heartbeat every 600 ms keeps the job with w1 for 3 s, three times the lease.
      for (let beat = 0; beat < 5; beat++) {
        clock += 600;
        assert.equal(await store.renewLease(id, 'w1'), true);
        assert.equal(await store.claimJob('w2', []), null, `beat ${beat}`);
      }
      assert.equal(await store.renewLease(id, 'w2'), false, 'only the holder renews');
      // w1 stalls past its lease; w2 takes the job over and finishes it.
      clock += 1500;
      assert.equal((await store.claimJob('w2', []))?.workerId, 'w2');
      assert.equal(await store.renewLease(id, 'w1'), false, 'the stalled worker learns it lost the job');
      assert.equal(await store.completeJob(id, 'w1', { by: 'w1' }), false);
      assert.equal(await store.failJob(id, 'w1', 'late failure'), 'running', "w1's failure changes nothing");
      assert.equal(await store.completeJob(id, 'w2', { by: 'w2' }), true);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 1, failed: 0 });
      assert.equal(await store.completeJob(id, 'w1', { by: 'w1' }), false, 'a done job stays done');
      await assert.rejects(store.renewLease(999_999, 'w1'), /no job 999999/);
    });

    it('leaves nothing half-written when a step inside the save transaction throws', async () => {
      const { store } = await fresh();
      // The merge names a story that does not exist: its insert fails after the article rows are written.
      const broken = record({
        id: 'a1',
        text: TROOPS,
        storyId: 's1',
        merges: [{ into: 's1', from: 'missing-story', score: 1, at: '2024-10-24T00:00:00.000Z' }],
      });
      await assert.rejects(store.saveArticle(broken));
      assert.deepEqual(await store.count(), {
        articles: 0,
        versions: 0,
        stories: 0,
        merges: 0,
        duplicates: 0,
      });
      assert.equal(await store.hasContentHash(broken.contentHash), false);
      assert.equal(await store.getArticle('a1'), null);
      assert.equal(await store.getStory('s1'), null);
      assert.deepEqual(await store.search('Vladivostok'), []);
      for await (const entry of store.clusterState()) assert.fail(`unexpected ${entry.articleId}`);

      await store.saveArticle(record({ id: 'a1', text: TROOPS, storyId: 's1' }));
      const brokenRevision = record({
        id: 'a1',
        text: TROOPS.replace('Vladivostok', 'Khabarovsk'),
        storyId: 's1',
        merges: [{ into: 's1', from: 'missing-story', score: 1, at: '2024-10-24T00:00:00.000Z' }],
      });
      await assert.rejects(store.saveArticle(brokenRevision));
      assert.equal((await store.getArticle('a1'))?.version, 1);
      assert.equal((await store.getVersions('a1')).length, 1);
      assert.deepEqual(
        (await store.search('Vladivostok')).map((h) => h.articleId),
        ['a1'],
      );
      assert.deepEqual(await store.search('Khabarovsk'), []);
      // A step that throws in code rather than in SQL: the revision's diff cannot be serialised, and
      // it is written after the article row was already updated.
      const unserialisable = record({
        id: 'a1',
        text: TROOPS.replace('Vladivostok', 'Khabarovsk'),
        storyId: 's1',
        diff: { before: 10n } as unknown as Json,
      });
      await assert.rejects(store.saveArticle(unserialisable), TypeError);
      assert.equal((await store.getArticle('a1'))?.article.text, TROOPS);
      assert.deepEqual(await store.search('Khabarovsk'), []);
      // A story id that no story row backs is refused the same way.
      await assert.rejects(
        store.saveArticle(record({ id: 'a2', text: 'x\n\ny', storyId: 'ghost', stories: [] })),
      );
      assert.equal((await store.count()).articles, 1);
    });

    it('saves the same content from two connections at once exactly once', async () => {
      const { store, location } = await fresh();
      const second = await another(location);
      const results = await Promise.all([
        store.saveArticle(record({ id: 'a1', text: TROOPS, storyId: 's1' })),
        second.saveArticle(record({ id: 'a1', text: TROOPS, storyId: 's1' })),
        second.saveArticle(record({ id: 'a2', text: TROOPS, storyId: 's1' })),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['new', 'unchanged', 'unchanged']);
      assert.deepEqual(await store.count(), {
        articles: 1,
        versions: 1,
        stories: 1,
        merges: 0,
        duplicates: 0,
      });
    });

    it('reopens an existing database with its data, migrations applied once', async () => {
      const { store, location } = await fresh();
      await store.saveArticle(record({ id: 'a1', text: TROOPS, storyId: 's1' }));
      await store.enqueueJob('ingest', { n: 1 });
      await store.close();
      for (let i = 0; i < 2; i++) {
        const reopened = await another(location);
        assert.deepEqual(await reopened.count(), {
          articles: 1,
          versions: 1,
          stories: 1,
          merges: 0,
          duplicates: 0,
        });
        assert.equal((await reopened.getArticle('a1'))?.analysis.article.text, TROOPS);
        assert.deepEqual(await reopened.jobStats(), { queued: 1, running: 0, done: 0, failed: 0 });
        await reopened.close();
      }
    });

    it('takes careless values without crashing or storing NaN, and names a bad date filter', async () => {
      const { store } = await fresh();
      await store.saveArticle(record({ id: 'a', text: 'A\n\none', storyId: 'sa' }));
      const b = record({
        id: 'b',
        text: 'B\n\ntwo',
        storyId: 'sb',
        published: 'not a date',
        merges: [{ into: 'sb', from: 'sa', score: Number.NaN, at: '2024-10-24T00:00:00.000Z' }],
      });
      assert.equal((await store.saveArticle(b)).status, 'new');
      assert.deepEqual(
        (await store.getMerges('sb')).map((m) => m.score),
        [0],
      );
      assert.equal((await store.listArticles({ storyId: 'sb' })).find((a) => a.id === 'b')?.published, null);
      assert.equal((await store.getArticle('b'))?.article.published, 'not a date');
      for (const version of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
        assert.equal(await store.getArticle('a', version), null, `version ${version}`);
      }
      await assert.rejects(
        store.listArticles({ since: 'yesterday-ish' }),
        (e: unknown) => e instanceof InputError,
      );
      await assert.rejects(store.listStories({ since: 'soon' }), (e: unknown) => e instanceof InputError);
      assert.equal((await store.listArticles({ since: '' })).length, 2);
      const job = await store.enqueueJob('x', undefined as unknown as Json);
      assert.deepEqual((await store.claimJob('w', ['x']))?.payload, null);
      await store.completeJob(job, 'w', undefined as unknown as Json);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 1, failed: 0 });
    });

    it('keeps the entity registry: links, merges that move links, revisions that replace them', async () => {
      const { store } = await fresh();
      const entity = (id: string, name: string, type: EntityType, articles: number): RegistryEntity => ({
        id,
        type,
        name,
        aliases: [{ name, count: articles }],
        roles: [],
        place: null,
        firstSeen: '2024-10-23T12:00:00.000Z',
        lastSeen: '2024-10-23T12:00:00.000Z',
        stories: [],
        articles,
        mentions: articles,
      });
      const link = (articleId: string, entityId: string, registryId: string) => ({
        articleId,
        entityId,
        registryId,
        evidence: 'new' as const,
        matched: null,
      });
      await store.saveArticle({
        ...record({ id: 'a1', text: TROOPS, storyId: 's1' }),
        registry: {
          links: [link('a1', 'e1', 'ent-a1-e1'), link('a1', 'e2', 'ent-country:US')],
          entities: [
            entity('ent-a1-e1', 'CSIS', 'ORG', 1),
            entity('ent-country:US', 'United States', 'LOC', 1),
          ],
          changes: [],
        },
      });
      await store.saveArticle({
        ...record({ id: 'a2', text: `${TROOPS}\nMore.`, storyId: 's2' }),
        registry: {
          links: [link('a2', 'e1', 'ent-a2-e1')],
          entities: [entity('ent-a2-e1', 'Center for Strategic and International Studies', 'ORG', 2)],
          changes: [
            {
              kind: 'merge',
              from: 'ent-a1-e1',
              into: 'ent-a2-e1',
              evidence: 'acronym',
              articleId: 'a2',
              note: 'shown together',
            },
          ],
        },
      });
      const merged = await store.getEntity('ent-a1-e1');
      assert.equal(merged?.entity.id, 'ent-a2-e1', 'a merged id resolves to its absorber');
      assert.deepEqual(
        merged?.links.map((l) => [l.articleId, l.entityId]),
        [
          ['a1', 'e1'],
          ['a2', 'e1'],
        ],
        'no link is lost in a merge',
      );
      assert.deepEqual(merged?.entity.stories, ['s1', 's2']);
      assert.deepEqual(
        merged?.changes.map((c) => [c.kind, c.from, c.into, c.evidence]),
        [['merge', 'ent-a1-e1', 'ent-a2-e1', 'acronym']],
      );
      assert.deepEqual(
        (await store.listEntities()).map((e) => e.id),
        ['ent-a2-e1', 'ent-country:US'],
      );
      assert.deepEqual(
        (await store.listEntities({ type: 'LOC' })).map((e) => e.name),
        ['United States'],
      );
      assert.deepEqual(
        (await store.listEntities({ storyId: 's2' })).map((e) => e.id),
        ['ent-a2-e1'],
      );
      // A revision's links replace the earlier version's.
      await store.saveArticle({
        ...record({ id: 'a1', text: `${TROOPS}\nUpdated.`, storyId: 's1' }),
        registry: {
          links: [link('a1', 'e1', 'ent-country:US')],
          entities: [entity('ent-country:US', 'United States', 'LOC', 2)],
          changes: [],
        },
      });
      assert.deepEqual(
        (await store.getEntity('ent-country:US'))?.links.map((l) => l.articleId),
        ['a1'],
      );
      assert.deepEqual(
        (await store.getEntity('ent-a2-e1'))?.links.map((l) => l.articleId),
        ['a2'],
      );
      // All or nothing: a link to an entity no row backs fails the whole save.
      await assert.rejects(
        store.saveArticle({
          ...record({ id: 'a3', text: 'Other\n\nText.', storyId: 's1' }),
          registry: { links: [link('a3', 'e1', 'ent-ghost')], entities: [], changes: [] },
        }),
      );
      assert.equal(await store.getArticle('a3'), null);
      assert.equal(await store.getEntity('ent-ghost'), null);
      assert.deepEqual(await store.listEntities({ storyId: 'nope' }), []);
    });

    it('answers unknown ids with empty results, not errors', async () => {
      const { store } = await fresh();
      assert.equal(await store.getArticle('nope'), null);
      assert.equal(await store.getArticle('nope', 2), null);
      assert.deepEqual(await store.getVersions('nope'), []);
      assert.equal(await store.getStory('nope'), null);
      assert.deepEqual(await store.getMerges('nope'), []);
      assert.deepEqual(await store.listStories(), []);
      assert.deepEqual(await store.listArticles({ storyId: 'nope' }), []);
      assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 0, failed: 0 });
      assert.equal(await store.claimJob('w', []), null);
    });
  });
}
