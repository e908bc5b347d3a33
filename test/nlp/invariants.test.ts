import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import { readInputs } from '../../src/ingest/files.js';
import type { Analysis, Article, Span } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { readShared, SEED_PATH } from '../shared.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const resources = loadResources();

async function corpus(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs([join(ROOT, 'examples')])) {
    assert.ok(item.ok, item.ok ? '' : item.error.message);
    articles.push(toArticle(item.input));
  }
  // The reference article joins the corpus where the workspace has it (../shared).
  if (existsSync(SEED_PATH))
    articles.push(toArticle({ text: readShared(SEED_PATH), published: '2024-10-24T12:00:00Z' }));
  return articles;
}

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start < span.end && span.end <= text.length, `${what}: span in range`);
}

function checkAnalysis(a: Analysis): void {
  const { text } = a.article;
  const slice = (s: Span) => text.slice(s.start, s.end);
  const where = a.article.title;
  for (const e of a.entities) {
    assert.ok(e.mentions.length > 0, `${where}: entity ${e.name} has mentions`);
    for (const m of e.mentions) checkSpan(text, m, `${where}: mention of ${e.name}`);
  }
  for (const q of a.quotes) {
    checkSpan(text, q.span, `${where}: quote`);
    const parts = q.fragments ?? [q.span];
    for (const f of parts) checkSpan(text, f, `${where}: quote fragment`);
    assert.equal(parts.map(slice).join(' '), q.text, `${where}: quote text is its span`);
    if (q.speaker) checkSpan(text, q.speaker.span, `${where}: speaker`);
  }
  for (const f of a.figures) {
    checkSpan(text, f.span, `${where}: figure`);
    assert.equal(slice(f.span), f.text, `${where}: figure text is its span`);
    for (const n of [f.value, f.low, f.high])
      assert.ok(n === null || Number.isFinite(n), `${where}: finite figure`);
  }
  for (const c of a.claims) {
    checkSpan(text, c.span, `${where}: claim`);
    assert.equal(slice(c.span), c.text, `${where}: claim text is its span`);
  }
  for (const d of a.dates) {
    checkSpan(text, d.span, `${where}: date`);
    assert.equal(slice(d.span), d.text, `${where}: date text is its span`);
    // ISO 8601 at the precision the text gives: a year, a month, a day, or a date-time.
    assert.match(
      d.value,
      /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/,
      `${where}: ISO date ${d.value}`,
    );
    assert.ok(!Number.isNaN(Date.parse(d.value)), `${where}: a real date ${d.value}`);
  }
}

describe('analysis invariants over examples/ and the reference article', async () => {
  const articles = await corpus();

  it('every span of every finding slices to its text and lies in range', () => {
    for (const article of articles) checkAnalysis(analyze(article, resources));
  });

  it('is deterministic: the same article gives the same JSON', () => {
    for (const article of articles) {
      assert.equal(JSON.stringify(analyze(article, resources)), JSON.stringify(analyze(article, resources)));
    }
  });

  it('finds every kind of finding somewhere in the corpus', () => {
    const all = articles.map((a) => analyze(a, resources));
    for (const key of ['entities', 'quotes', 'figures', 'claims', 'dates'] as const) {
      assert.ok(
        all.some((a) => a[key].length > 0),
        `some article has ${key}`,
      );
    }
  });
});
