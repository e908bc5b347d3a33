import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeXml, looksLikeXmlFeed, parseJsonFeed, parseXmlFeed } from '../../src/ingest/feeds.js';

describe('parseXmlFeed', () => {
  it('reads RSS 2.0 items: title, link, date, content:encoded over description, HTML rendered to paragraphs', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Ledger</title><link>https://ledger.test/</link>
<item><title>Troops &amp;amp; tanks: what we know</title><link>https://ledger.test/a</link>
<pubDate>Wed, 23 Oct 2024 10:00:00 GMT</pubDate><description>Short teaser</description>
<content:encoded><![CDATA[<p>About 2,500 troops were sent.</p><p>“Very serious,” he said &amp; left.</p>]]></content:encoded></item>
<item><title>Second</title><guid isPermaLink="true">https://ledger.test/b</guid>
<description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body&lt;/p&gt;</description></item>
</channel></rss>`;
    assert.deepEqual(parseXmlFeed(xml, 'f.rss'), [
      {
        url: 'https://ledger.test/a',
        title: 'Troops & tanks: what we know',
        outlet: 'The Ledger',
        published: 'Wed, 23 Oct 2024 10:00:00 GMT',
        text: 'About 2,500 troops were sent.\n\n“Very serious,” he said & left.',
        where: 'f.rss#1',
        guid: null,
      },
      {
        url: 'https://ledger.test/b',
        title: 'Second',
        outlet: 'The Ledger',
        published: null,
        text: 'Escaped HTML body',
        where: 'f.rss#2',
        guid: 'f.rss https://ledger.test/b',
      },
    ]);
  });

  it('reads Atom entries: alternate link, published date, html and xhtml content', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title type="html">One &lt;b&gt;bold&lt;/b&gt;</title>
<link rel="self" href="https://wire.test/self/1"/><link rel="alternate" href="https://wire.test/1"/>
<published>2024-10-23T10:00:00Z</published><updated>2024-10-24T10:00:00Z</updated>
<content type="html">&lt;p&gt;First para.&lt;/p&gt;&lt;p&gt;Second para.&lt;/p&gt;</content></entry>
<entry><title>Two</title><link href="https://wire.test/2"/><updated>2024-10-25T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X one.</p><p>X two.</p></div></content></entry>
</feed>`;
    const entries = parseXmlFeed(xml, 'w.atom');
    assert.deepEqual(
      entries.map((e) => [e.url, e.title, e.outlet, e.published, e.text]),
      [
        ['https://wire.test/1', 'One bold', 'Wire', '2024-10-23T10:00:00Z', 'First para.\n\nSecond para.'],
        ['https://wire.test/2', 'Two', 'Wire', '2024-10-25T00:00:00Z', 'X one.\n\nX two.'],
      ],
    );
  });

  it('reads RDF (RSS 1.0) items beside the channel', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.test/"><title>Old Site</title></channel>
<item rdf:about="https://old.test/1"><title>RDF item</title><link>https://old.test/1</link>
<description>Plain description.</description><dc:date>2024-01-02T03:04:05Z</dc:date></item>
</rdf:RDF>`;
    assert.deepEqual(parseXmlFeed(xml, 'o.xml'), [
      {
        url: 'https://old.test/1',
        title: 'RDF item',
        outlet: 'Old Site',
        published: '2024-01-02T03:04:05Z',
        text: 'Plain description.',
        where: 'o.xml#1',
        guid: null,
      },
    ]);
  });

  it('leaves a "billion laughs" entity bomb unexpanded, quickly', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lol}]>
<rss version="2.0"><channel><title>Bomb</title><item><title>&lol9;</title><link>https://x.test/</link>
<description>&lol9; body</description></item></channel></rss>`;
    assert.equal(looksLikeXmlFeed(xml), true, 'a DOCTYPE with an internal subset is still a feed');
    const [entry] = parseXmlFeed(xml, 'bomb.xml');
    assert.ok(entry.text.length < 100 && (entry.title ?? '').length < 100, 'entities stay unexpanded');
    assert.ok(!entry.text.includes('lollol'));
  });

  it('refuses documents that are not feeds, naming the file', () => {
    assert.throws(
      () => parseXmlFeed('<html><body>hi</body></html>', 'page.xml'),
      /page\.xml: not an RSS, Atom or RDF feed/,
    );
  });
});

describe('parseJsonFeed', () => {
  it('reads JSON Feed 1.1 items, content_text over content_html', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Times',
      items: [
        {
          id: '1',
          url: 'https://j.test/1',
          title: 'One',
          content_html: '<p>Para <em>one</em>.</p><p>Two.</p>',
          date_published: '2024-10-23T10:00:00Z',
        },
        { id: '2', title: 'Two', content_text: 'Plain text.', content_html: '<p>ignored</p>' },
      ],
    };
    assert.deepEqual(parseJsonFeed(feed, 'j.json'), [
      {
        url: 'https://j.test/1',
        title: 'One',
        outlet: 'JSON Times',
        published: '2024-10-23T10:00:00Z',
        text: 'Para one.\n\nTwo.',
        where: 'j.json#1',
        guid: 'j.json 1',
      },
      {
        url: null,
        title: 'Two',
        outlet: 'JSON Times',
        published: null,
        text: 'Plain text.',
        where: 'j.json#2',
        guid: 'j.json 2',
      },
    ]);
  });

  it('names the bad field of a malformed feed', () => {
    assert.throws(
      () => parseJsonFeed({ version: 'https://jsonfeed.org/version/1', items: 'no' }, 'j.json'),
      /j\.json: malformed JSON Feed \(items/,
    );
  });
});

describe('decodeXml', () => {
  it('decodes the XML entities and numeric references only', () => {
    assert.equal(
      decodeXml('&lt;a&gt; &amp;amp; &#8217; &#x2014; &nbsp; &#xD800; &bogus;'),
      '<a> &amp; ’ — &nbsp; &#xD800; &bogus;',
    );
  });
});
