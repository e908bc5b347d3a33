import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../src/errors.js';
import { extractArticle } from '../src/extract/index.js';
import { parseXmlFeed } from '../src/ingest/feeds.js';
import { toArticle } from '../src/ingest/index.js';
import { analyze, readDoc, scanQuoteMarks, splitSentences, tokenize } from '../src/nlp/index.js';
import { loadResources } from '../src/resources.js';

/*
 * Property-based tests: hostile and odd text from generators built of the pieces real news and
 * real attacks are made of. Each property asserts the invariants every caller relies on: no throw
 * (or only an InputError that names the input), spans inside the text, finite numbers, bounded time.
 */

/** Pieces of news text that stress the analysers: quotes, cues, abbreviations, numbers, dates. */
const NEWS_PIECES = [
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  ')',
  '[1]',
  '—',
  'he said',
  'she added',
  'they said',
  'according to',
  'Mr.',
  'Sen.',
  'D-N.Y.',
  'U.S.',
  'Obama',
  'The White House',
  'officials',
  'denied',
  'declined to comment',
  'did not respond',
  '$1.2bn',
  '$1.2 billion',
  '1 in 5',
  'two-thirds',
  '20 to 25',
  'half a point',
  '41.2 percent',
  'a 12.5-point margin',
  'about 2,500 troops',
  'another 1,500',
  '9'.repeat(400),
  'Tuesday',
  'July 2nd, 2013',
  'last week',
  'Q:',
  'A:',
  '\u200b',
  '\ud800',
  'é',
  'Ж',
];
const newsText = fc
  .array(fc.oneof(fc.constantFrom(...NEWS_PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** Every {start, end} in a value lies inside a text of `length`; every number is finite. */
function assertSpansAndNumbers(value: unknown, length: number, path = 'analysis'): void {
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${path} is ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    assert.ok(
      0 <= o.start && o.start <= o.end && o.end <= length,
      `${path} [${o.start}, ${o.end}) of ${length}`,
    );
  }
  for (const [k, v] of Object.entries(o))
    if (k !== 'article') assertSpansAndNumbers(v, length, `${path}.${k}`);
}

describe('text properties', () => {
  it('tokens and sentences are ordered spans inside the text, tokens slicing to their text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          assert.ok(t.start >= last && t.start < t.end && t.end <= text.length);
          assert.equal(text.slice(t.start, t.end), t.text);
          last = t.end;
        }
        for (const s of splitSentences(text, tokens))
          assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('quote marks pair into spans inside the text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const q of scanQuoteMarks(readDoc(text, null))) assertSpansAndNumbers(q, text.length, 'quoted');
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});

describe('analysis properties', () => {
  const resources = loadResources();
  it('analyses any text with spans inside it, finite figures and bounded time', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const article = toArticle({ text, title: null, url: null, outlet: null, published: null });
        const started = performance.now();
        const analysis = analyze(article, resources);
        assertSpansAndNumbers(analysis, article.text.length);
        // A few milliseconds normally; seconds would mean super-linear work on a short text.
        assert.ok(performance.now() - started < 5000, 'analysis of a short text took over 5 s');
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});

/** Pieces of feeds and pages, well-formed and not. */
const MARKUP_PIECES = [
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>https://example.com/a</link>',
  '<guid>g1</guid>',
  '<description>',
  '</description>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>',
  '</entry>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x0;',
  '&lt;script&gt;',
  '<script>alert(1)</script>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<article>',
  '</article>',
  '<meta property="og:title" content="T">',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  'The harbour reopened on Monday, the port authority said. ',
  '<br>',
  '<',
];
const markup = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Runs `read`, accepting a result or an InputError (which must name what to do); anything else fails. */
function onlyInputErrors(read: () => unknown): void {
  try {
    read();
  } catch (err) {
    assert.ok(err instanceof InputError, `threw ${(err as Error).name}: ${(err as Error).message}`);
  }
}

describe('markup properties', () => {
  it('a feed parses to entries or is refused with an InputError', () => {
    fc.assert(
      fc.property(markup, (xml) => {
        onlyInputErrors(() => {
          for (const entry of parseXmlFeed(xml, 'https://feeds.example/x')) {
            assert.equal(typeof entry.where, 'string');
            assert.ok(entry.text === null || typeof entry.text === 'string');
          }
        });
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('a page extracts to an article or nothing, never a crash', () => {
    fc.assert(
      fc.property(markup, (html) => {
        onlyInputErrors(() => {
          const article = extractArticle(html, 'https://news.example/a');
          if (article) assert.equal(typeof article.text, 'string');
        });
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
