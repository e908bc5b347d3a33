import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { parseSourceList } from '../src/nlp/sources.js';

// The corpus shape issue 3 asks for, read with a small independent loader so that a fault in the
// ingest code cannot hide a fault in the corpus (and the other way round).

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');

interface Sample {
  file: string;
  format: 'jsonld-html' | 'og-html' | 'rss' | 'txt' | 'jsonl' | 'json';
  url: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  modified: string | null;
  body: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}

function readUtf8(file: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
}

const meta = (doc: Document, selector: string, attr = 'content') =>
  doc.querySelector(selector)?.getAttribute(attr) ?? null;

function fromHtml(file: string, html: string): Sample {
  const { document } = parseHTML(html);
  const paragraphs = [...document.querySelectorAll('.story-body p, .article-body p')].map(
    (p) => p.textContent,
  );
  const body = paragraphs.join('\n\n');
  const ldText = document.querySelector('script[type="application/ld+json"]')?.textContent;
  if (ldText) {
    const ld = JSON.parse(ldText);
    assert.equal(ld['@type'], 'NewsArticle', file);
    return {
      file,
      format: 'jsonld-html',
      url: ld.url,
      title: ld.headline,
      outlet: ld.publisher?.name ?? null,
      published: ld.datePublished,
      modified: ld.dateModified ?? null,
      body,
    };
  }
  return {
    file,
    format: 'og-html',
    url: meta(document, 'link[rel="canonical"]', 'href'),
    title: meta(document, 'meta[property="og:title"]') ?? '',
    outlet: meta(document, 'meta[property="og:site_name"]'),
    published: meta(document, 'meta[property="article:published_time"]'),
    modified: null,
    body,
  };
}

interface JsonArticle {
  url: string;
  title: string;
  outlet: string;
  published: string;
  dateModified?: string;
  text: string;
}

function fromJson(file: string, format: 'json' | 'jsonl', a: JsonArticle): Sample {
  const { url, title, outlet, published, text } = a;
  return { file, format, url, title, outlet, published, modified: a.dateModified ?? null, body: text };
}

function fromRss(file: string, xml: string): Sample[] {
  const feed = new XMLParser({ processEntities: false, ignoreAttributes: false }).parse(xml);
  assert.equal(feed.rss['@_version'], '2.0', file);
  const items = [feed.rss.channel.item].flat();
  return items.map((item) => {
    const html: string = item['content:encoded'] ?? item.description;
    const { document } = parseHTML(`<div>${html}</div>`);
    const body = [...document.querySelectorAll('p')].map((p) => p.textContent).join('\n\n');
    const published = new Date(item.pubDate).toISOString();
    const outlet = feed.rss.channel.title;
    return {
      file,
      format: 'rss',
      url: item.link,
      title: item.title,
      outlet,
      published,
      modified: null,
      body,
    };
  });
}

function fromTxt(file: string, text: string): Sample {
  const [title, ...rest] = text.split('\n');
  return {
    file,
    format: 'txt',
    url: null,
    title,
    outlet: null,
    published: null,
    modified: null,
    body: rest.join('\n'),
  };
}

function load(file: string): Sample[] {
  const raw = readUtf8(file);
  switch (path.extname(file)) {
    case '.html':
      return [fromHtml(file, raw)];
    case '.xml':
      return fromRss(file, raw);
    case '.txt':
      return [fromTxt(file, raw)];
    case '.json':
      return [fromJson(file, 'json', JSON.parse(raw))];
    case '.jsonl':
      return raw
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => fromJson(file, 'jsonl', JSON.parse(line)));
    default:
      return [];
  }
}

const files = listFiles(EXAMPLES);
const samples = files.flatMap(load);
const story = (s: Sample) => path.relative(EXAMPLES, s.file).split(path.sep)[0];
const find = (rel: string) => {
  const s = samples.find((x) => path.relative(EXAMPLES, x.file) === rel);
  assert.ok(s, `missing ${rel}`);
  return s;
};
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('examples corpus', () => {
  it('has at least 15 articles from at least 5 outlets on at least 3 stories', () => {
    assert.ok(samples.length >= 15, `${samples.length} articles`);
    const outlets = new Set(samples.flatMap((s) => (s.outlet ? [s.outlet] : [])));
    assert.ok(outlets.size >= 5, [...outlets].join(', '));
    const stories = new Set(samples.map(story).filter((s) => s !== 'revisions'));
    assert.deepEqual([...stories].sort(), ['north-korea', 'port-strike', 'wildfire']);
  });

  it('mixes every input format, with the metadata each one carries', () => {
    const formats = new Set(samples.map((s) => s.format));
    assert.deepEqual([...formats].sort(), ['json', 'jsonl', 'jsonld-html', 'og-html', 'rss', 'txt']);
    for (const s of samples.filter((x) => x.format !== 'txt')) {
      assert.ok(s.url?.startsWith('https://'), `${s.file}: url`);
      assert.ok(s.title && s.outlet, `${s.file}: title and outlet`);
      assert.ok(s.published && !Number.isNaN(Date.parse(s.published)), `${s.file}: published`);
    }
    assert.ok(samples.filter((s) => s.format === 'rss').length >= 3, 'RSS file with several items');
  });

  it('keeps every article between 250 and 700 words', () => {
    for (const s of samples) {
      const n = words(s.body);
      assert.ok(n >= 250 && n <= 700, `${s.file} ${s.title}: ${n} words`);
    }
  });

  it('uses curly quotes in most articles and straight quotes in a few', () => {
    const curly = samples.filter((s) => /[“”]/.test(s.body)).length;
    const straight = samples.filter((s) => /"/.test(s.body)).length;
    assert.ok(straight >= 1 && curly > straight * 2, `curly ${curly}, straight ${straight}`);
  });

  it('spreads each story over several days, and the stories over different months', () => {
    const daysByStory = new Map<string, Set<string>>();
    for (const s of samples) {
      if (!s.published) continue;
      const key = story(s) === 'revisions' ? 'north-korea' : story(s);
      daysByStory.set(key, (daysByStory.get(key) ?? new Set<string>()).add(s.published.slice(0, 10)));
    }
    const monthsSeen = new Set<string>();
    for (const [name, days] of daysByStory) {
      assert.ok(days.size >= 3, `${name}: ${[...days].join(', ')}`);
      const months = new Set([...days].map((d) => d.slice(0, 7)));
      for (const m of months) assert.ok(!monthsSeen.has(m), `${name} shares ${m} with another story`);
      for (const m of months) monthsSeen.add(m);
    }
  });

  it('has the NYT-like report of Austin with the quotes and figures of the reference article', () => {
    const nyt = find('north-korea/nyt-like-austin.html');
    assert.equal(nyt.format, 'jsonld-html');
    for (const needle of [
      'U.S. Secretary of Defense Lloyd J. Austin III',
      '“very serious”',
      '“What exactly are you doing?”',
      '“left to be seen.”',
      'approximately 2,500 North Korean troops',
      'American and allied intelligence',
      'over 600,000',
      'more than a million artillery rounds',
      '“This is a real ‘no-limits partnership,’” said Victor Cha',
      'Center for Strategic and International Studies',
      '“I wouldn’t say they have run out of personnel,”',
      '“However, reluctance to mobilize their people is certainly increasing, and there are formats for mobilizing North Korean troops. This is happening.”',
      '“This indicates that the consequences of this war are already impacting Russian society,” he added.',
      'The Kremlin has not commented',
      'Russian officials have previously denied',
    ]) {
      assert.ok(nyt.body.includes(needle), needle);
    }
  });

  it('has the AP-like spy-chief report, and a syndicated copy of it under another outlet', () => {
    const ap = find('north-korea/ap-like-spy-chief.html');
    assert.equal(
      ap.title,
      "South Korea's spy chief says North Korea has sent another 1,500 troops to Russia",
    );
    assert.ok(ap.body.includes('North Korea has sent another 1,500 troops to Russia'));
    const copy = find('north-korea/harbor-city-chronicle-syndicated.html');
    assert.equal(copy.body, ap.body);
    assert.notEqual(copy.outlet, ap.outlet);
    assert.notEqual(copy.url, ap.url);
    assert.notEqual(copy.title, ap.title);
  });

  it('has outlets that disagree on the troop figures', () => {
    const nk = samples.filter((s) => story(s) === 'north-korea');
    for (const figure of ['approximately 2,500', 'another 1,500', 'as many as 3,000']) {
      assert.ok(
        nk.some((s) => s.body.includes(figure)),
        figure,
      );
    }
  });

  it('has a revised article: same URL, one figure changed, a later modification date', () => {
    const before = find('north-korea/pacific-ledger-pentagon.json');
    const after = find('revisions/pacific-ledger-pentagon-updated.json');
    assert.equal(after.url, before.url);
    assert.ok(
      after.modified && before.published && Date.parse(after.modified) > Date.parse(before.published),
    );
    assert.notEqual(after.body, before.body);
    assert.equal(after.body, before.body.replace('approximately 2,500', 'approximately 3,000'));
  });

  it('has a synthesized article closing with a source list of the NYT-like and AP-like reports', () => {
    const roundup = find('north-korea/weekly-briefing-roundup.json');
    const { sources } = parseSourceList(roundup.body);
    assert.deepEqual(
      sources.map((s) => [s.title, s.outlet]),
      [
        ['U.S. Says North Korean Troops Are in Russia, Calling It ‘Very Serious’', 'The Metropolitan Times'],
        [
          "South Korea's spy chief says North Korea has sent another 1,500 troops to Russia",
          'The Associated Wire',
        ],
        [
          'Zelensky: Kremlin turns to North Korean troops as reluctance to mobilize grows',
          'The Continental Review',
        ],
      ],
    );
  });
});
