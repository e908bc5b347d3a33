/**
 * The README's picture of the story page: ingests examples/ into a scratch database, serves it on a
 * loopback port and has Debian's Chromium photograph the largest story's page: its top (the brief) and
 * its charts and ledger (OUT with "-charts" before ".png").
 *
 *   npx tsx scripts/screenshot-story.ts [out.png] [width]     (default docs/story-page.png, 1280)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { ingestBatch } from '../src/library/ingest-batch.js';
import { Library } from '../src/library/library.js';
import { createApp } from '../src/server/app.js';

const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(ROOT, 'docs', 'story-page.png'));
const width = Number(process.argv[3] ?? 1280);

const dir = mkdtempSync(join(tmpdir(), 'dossier-shot-'));
const library = await Library.open(join(dir, 'shot.db'));
try {
  await ingestBatch(library, [join(ROOT, 'examples')]);
  const [story] = await library.store.listStories({ limit: 1 });
  const server = serve({ fetch: createApp(library).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height: 1500 } });
    await page.goto(`${base}/stories/${encodeURIComponent(story.id)}`);
    // The top of the page, what a reader sees first: the brief.
    await page.screenshot({ path: out });
    const charts = await page.locator('main h2:text-is("Charts")').boundingBox();
    const chartsOut = out.replace(/\.png$/, '-charts.png');
    if (charts) {
      await page.screenshot({
        path: chartsOut,
        fullPage: true,
        clip: { x: 0, y: charts.y - 16, width, height: 1500 },
      });
    }
    console.log(`wrote ${out}${charts ? ` and ${chartsOut}` : ''}`);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
} finally {
  await library.close();
  rmSync(dir, { recursive: true, force: true });
}
