/**
 * Adds an extraction fixture case: `npx tsx test/extract/add-case.ts <case-name> <page.html | URL>`.
 * Writes test/fixtures/extract/<case-name>/source.html, and expected.txt and expected-meta.json from
 * the current extractor. Read and correct both by hand before committing: they pin what the page
 * should give, not what the code happens to give.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract/html.js';
import { Fetcher } from '../../src/ingest/fetcher.js';

const [name, from] = process.argv.slice(2);
if (!name || !from || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  process.stderr.write(
    'usage: npx tsx test/extract/add-case.ts <case-name (a-z, 0-9, -)> <page.html | URL>\n',
  );
  process.exit(2);
}
const dir = join(import.meta.dirname, '../fixtures/extract', name);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already; pick another name\n`);
  process.exit(2);
}
const html = /^https?:\/\//.test(from) ? (await new Fetcher().get(from)).text : readFileSync(from, 'utf8');
const article = extractArticle(html);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), html);
writeFileSync(join(dir, 'expected.txt'), `${article?.text ?? ''}\n`);
const { title = null, outlet = null, published = null, url = null, language = null } = article ?? {};
writeFileSync(
  join(dir, 'expected-meta.json'),
  `${JSON.stringify({ title, outlet, published, url, language }, null, 2)}\n`,
);
process.stdout.write(`wrote ${dir}: now read expected.txt and expected-meta.json and correct them by hand\n`);
