import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';
import { createApp } from '../../src/server/app.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Hostile <script>window.__pwned=2</script> title';

// CI installs Chromium (.ci/run), so there a missing browser fails the test instead of skipping it.
const skip =
  existsSync(CHROMIUM) || process.env.CI ? false : 'chromium is not installed (apt-get install chromium)';

describe('web UI in a real browser', { skip }, () => {
  let dir: string;
  let library: Library;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-web-'));
    writeFileSync(
      join(dir, 'hostile.json'),
      JSON.stringify({
        url: 'https://hostile.example/a',
        title: HOSTILE_TITLE,
        outlet: 'Evil <b>Outlet</b>',
        published: '2025-01-02',
        text: 'The mayor said on Monday that 40 buses would run. “We are ready,” she said.',
      }),
    );
    library = await Library.open(join(dir, 'web.db'));
    await ingestBatch(library, [join(ROOT, 'examples'), join(dir, 'hostile.json')]);
    server = serve({
      fetch: createApp(library, { allowAnalyze: true }).fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await library?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the stories and opens one with its cited brief and ledger', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const links = page.locator('ul.list li a');
    assert.ok((await links.count()) >= 3);
    await page
      .getByRole('link', { name: /North Korean/ })
      .first()
      .click();
    await page.waitForSelector('article.brief');
    const citations = await page.locator('article.brief sup.cite a').allTextContents();
    assert.ok(citations.length > 5, 'the brief cites its sources');
    const sources = await page.locator('article.brief li[id^="source-"]').count();
    for (const c of citations)
      assert.ok(Number(c.slice(1, -1)) <= sources, `citation ${c} points at a listed source`);
    assert.ok((await page.locator('table.ledger tr').count()) > 1, 'the ledger table has rows');
    await page.close();
  });

  it('shows hostile titles as text and runs none of their markup', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/articles`);
    await page.getByText('Hostile', { exact: false }).first().click();
    await page.waitForSelector('h1');
    assert.equal(await page.locator('h1').textContent(), HOSTILE_TITLE);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('main img, main script').count(), 0);
    await page.close();
  });

  it('search finds an article and the API answers JSON errors', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.fill('form.search input', 'dockworkers');
    await page.press('form.search input', 'Enter');
    await page.waitForSelector('main ul.list li');
    assert.match((await page.locator('main').textContent()) ?? '', /Eastmoor/);
    const res = await fetch(`${base}/api/stories/no-such-story`);
    assert.equal(res.status, 404);
    assert.match((await res.json()).error, /no such story/);
    await page.close();
  });

  it('lists the entity registry and opens one entity with its quotes, by id or by any name', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.click('nav a[href="/entities"]');
    await page.waitForSelector('main ul.list li');
    await page.click('main ul.list a:text-is("Lloyd J. Austin III")');
    await page.waitForSelector('main h1');
    assert.equal(await page.locator('main h1').textContent(), 'Lloyd J. Austin III');
    const body = (await page.locator('main').textContent()) ?? '';
    assert.match(body, /Secretary of Defense/);
    assert.match(body, /very serious/);
    await page.close();

    const byName = await (
      await fetch(`${base}/api/entities/${encodeURIComponent('American officials')}`)
    ).json();
    assert.equal(byName.entity.id, 'ent-country:US');
    const people = (await (await fetch(`${base}/api/entities?type=person&limit=5`)).json()) as {
      type: string;
    }[];
    assert.ok(people.length > 0 && people.every((e) => e.type === 'PERSON'));
    const bad = await fetch(`${base}/api/entities?type=planet`);
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error, /unknown entity type/);
    const missing = await fetch(`${base}/api/entities/${encodeURIComponent('<b>Nobody</b>')}`);
    assert.equal(missing.status, 404);
    const missingPage = await (await fetch(`${base}/entities/${encodeURIComponent('<b>Nobody</b>')}`)).text();
    assert.ok(!missingPage.includes('<b>Nobody</b>'), 'the name asked for is escaped');
  });

  it('every page type passes axe-core and fits 1280 and 390 px without sideways scrolling', async () => {
    const [story] = await library.store.listStories({ limit: 1 });
    const [article] = await library.store.listArticles({ limit: 1 });
    const sid = encodeURIComponent(story.id);
    const paths = [
      '/',
      '/articles',
      `/articles/${encodeURIComponent(article.id)}`,
      `/stories/${sid}`,
      '/search?q=troops',
      '/entities',
      '/entities/ent-country:US',
      `/quotes?story=${sid}`,
      `/claims?story=${sid}`,
      `/verify?story=${sid}`,
      '/no-such-page',
    ];
    const failures: string[] = [];
    for (const width of [1280, 390]) {
      // axe needs a page of its own context.
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        for (const path of paths) {
          const page = await context.newPage();
          await page.goto(base + path);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) failures.push(`${path} at ${width} px scrolls sideways (${scroll} px)`);
          const { violations } = await new AxeBuilder({ page }).analyze();
          for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
            failures.push(
              `${path} at ${width} px: ${v.id} (${v.impact}) on ${v.nodes[0]?.html.slice(0, 80)}`,
            );
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(failures, []);
  });

  it('verifies a pasted draft through the form, without script, verdicts inline', async () => {
    const stories = await library.store.listStories({ limit: 10 });
    const korea = stories.find((s) => /North Korean/.test(s.title));
    assert.ok(korea);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/verify`);
    await page.selectOption('select#story', korea.id);
    await page.fill('textarea#draft', 'Austin said about 10,000 North Korean soldiers were in Russia.');
    await page.click('form.verify button[type=submit]');
    await page.waitForSelector('main h2:text-is("Verdicts")');
    assert.ok(
      (await page.locator('main mark.verdict').count()) >= 1,
      'the draft is shown with its verdicts marked',
    );
    await page.close();
  });
});
