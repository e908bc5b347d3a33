import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { countInputs, type InputItem, readArticleFile, readInputs } from '../../src/ingest/files.js';

let dir: string;
const isRoot = process.getuid?.() === 0;

const PAGE = `<!doctype html><html lang="en"><head><title>Page | Site</title>
<meta property="og:title" content="Council passes budget"><meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2024-05-01T08:00:00Z">
<link rel="canonical" href="https://ledger.test/budget"></head>
<body><article>${'<p>The council passed the budget on Tuesday after a long debate about roads and schools.</p>'.repeat(6)}</article></body></html>`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-files-'));
  const w = (name: string, data: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  w('batch/a.txt', 'Troops sent north\n\nThe ministry said 2,500 troops were sent.\n');
  w('batch/b.md', '# Markdown headline\n\nSome **bold** text and a [link](https://x.test).\n');
  w('batch/c.html', PAGE);
  w('batch/d.json', JSON.stringify({ url: 'https://x.test/d', title: 'D', outlet: 'X', text: 'D body.' }));
  w(
    'batch/e.json',
    JSON.stringify([{ title: 'E1', text: 'E one.' }, { title: 'E2' }, { title: 'E3', text: 'E three.' }]),
  );
  w(
    'batch/f.jsonl',
    '{"title":"F1","text":"F one."}\n{"title": broken\n\n{"title":"F3","text":""}\n{"title":"F4","text":"F four."}\n',
  );
  w('batch/g.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  w('batch/h.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f])); // Latin-1 "Héllo"
  w('batch/i.txt', '   \n\n');
  w('batch/j.json', '{"title": "unterminated"');
  w('batch/sub/k.txt', 'Nested article\n\nFound by the recursive walk.');
  w('batch/notes.csv', 'ignored,file');
  w('batch/.hidden.txt', 'hidden files are skipped');
  w('batch/unreadable.txt', 'no permission');
  mkdirSync(join(dir, 'empty-folder/deeper'), { recursive: true });
  w('empty-folder/deeper/readme.csv', 'not an article');
  if (!isRoot) chmodSync(join(dir, 'batch/unreadable.txt'), 0o000);
});

after(() => {
  if (!isRoot) chmodSync(join(dir, 'batch/unreadable.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

const where = (item: InputItem) => (item.ok ? item.input.origin : item.error.input)?.replace(dir, '');

describe('readInputs', () => {
  it('reads every kind of input in a folder, in sorted order, with one error per bad file, line or item', async () => {
    const items = await collect([join(dir, 'batch'), join(dir, 'missing.txt'), join(dir, 'empty-folder')]);
    // Each error message is "<input>: <what> (<details>)"; the details come from Node and vary by version.
    const what = (e: InputError) => e.message.slice((e.input ?? '').length + 2).replace(/ \(.*$/, '');
    const summary = items.map(
      (item) => `${item.ok ? 'ok ' : 'err'} ${where(item)}${item.ok ? '' : ` ${what(item.error)}`}`,
    );
    assert.deepEqual(summary, [
      'err /missing.txt no such file or folder',
      'err /empty-folder no article files',
      'ok  /batch/a.txt',
      'ok  /batch/b.md',
      'ok  /batch/c.html',
      'ok  /batch/d.json',
      'ok  /batch/e.json[0]',
      'err /batch/e.json[1] empty article',
      'ok  /batch/e.json[2]',
      'ok  /batch/f.jsonl:1',
      'err /batch/f.jsonl:2 malformed JSON line',
      'err /batch/f.jsonl:4 empty article',
      'ok  /batch/f.jsonl:5',
      'err /batch/g.txt binary file',
      'err /batch/h.txt not valid UTF-8 text',
      'err /batch/i.txt empty file',
      'err /batch/j.json malformed JSON',
      'ok  /batch/sub/k.txt',
      isRoot ? 'ok  /batch/unreadable.txt' : 'err /batch/unreadable.txt permission denied',
    ]);
    const bad = items.filter((i) => !i.ok);
    for (const item of bad) {
      assert.ok(item.error instanceof InputError);
      assert.ok(item.error.hint.length > 0, 'every error says what to do');
      assert.ok(item.error.message.startsWith(item.error.input ?? '\u0000'), 'every error names its input');
    }
  });

  it('keeps metadata and text of each format', async () => {
    const items = await collect([join(dir, 'batch')]);
    const byName = new Map(items.filter((i) => i.ok).map((i) => [where(i), i.ok ? i.input : null]));
    assert.equal(
      byName.get('/batch/a.txt')?.text,
      'Troops sent north\n\nThe ministry said 2,500 troops were sent.\n',
    );
    assert.equal(byName.get('/batch/b.md')?.text, 'Markdown headline\n\nSome bold text and a link.\n');
    const page = byName.get('/batch/c.html');
    assert.equal(page?.title, 'Council passes budget');
    assert.equal(page?.outlet, 'The Ledger');
    assert.equal(page?.published, '2024-05-01T08:00:00Z');
    assert.equal(page?.url, 'https://ledger.test/budget');
    assert.match(page?.text ?? '', /^The council passed the budget/);
    assert.deepEqual(
      { ...byName.get('/batch/d.json'), origin: undefined },
      { url: 'https://x.test/d', title: 'D', outlet: 'X', text: 'D body.', origin: undefined },
    );
  });

  it('reports progress per file and counts the same files', async () => {
    const calls: [number, number][] = [];
    for await (const _ of readInputs([join(dir, 'batch')], { progress: (d, t) => calls.push([d, t]) })) {
      // draining the generator
    }
    const total = await countInputs([join(dir, 'batch')]);
    assert.equal(total, 12); // a–j, sub/k and unreadable: not notes.csv, not .hidden.txt
    assert.deepEqual(calls.at(-1), [total, total]);
    assert.equal(calls.length, total);
  });
});

describe('size limit', () => {
  it('refuses files over maxFileBytes, naming the limit', async () => {
    const items: InputItem[] = [];
    for await (const item of readInputs([join(dir, 'batch/a.txt')], { maxFileBytes: 10 })) items.push(item);
    assert.equal(items.length, 1);
    assert.ok(!items[0].ok);
    assert.match(items[0].error.message, /a\.txt: file too large \(\d+ bytes, limit 10\)/);
    assert.throws(() => readArticleFile(join(dir, 'batch/a.txt'), 10), /file too large/);
  });
});

describe('readArticleFile', () => {
  it('reads one article and throws the InputError of a bad file', () => {
    assert.equal(readArticleFile(join(dir, 'batch/d.json')).title, 'D');
    assert.equal(readArticleFile(join(dir, 'batch/f.jsonl')).title, 'F1');
    assert.throws(() => readArticleFile(join(dir, 'batch/g.txt')), /binary file/);
    assert.throws(() => readArticleFile(join(dir, 'nope.txt')), /no such file/);
  });
});

describe('symlinks in an ingested folder', () => {
  it('follows no link out of the folder, reports it, and reads links that stay inside', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-links-'));
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'Secret title\n\nA private file outside the folder.\n');
      mkdirSync(join(outside, 'more'));
      writeFileSync(join(outside, 'more', 'deep.txt'), 'Deep title\n\nAnother private file.\n');
      mkdirSync(join(root, 'news'));
      writeFileSync(join(root, 'news', 'story.txt'), 'Story title\n\nThe story body.\n');
      symlinkSync(join(outside, 'secret.txt'), join(root, 'news', 'leak.txt'));
      symlinkSync(join(outside, 'more'), join(root, 'news', 'leakdir'));
      symlinkSync('/etc/passwd', join(root, 'news', 'passwd.txt'));
      symlinkSync(join(root, 'news', 'story.txt'), join(root, 'news', 'same.txt'));

      const items: InputItem[] = [];
      for await (const item of readInputs([root])) items.push(item);
      const texts = items.flatMap((i) => (i.ok ? [i.input.text] : []));
      assert.ok(
        texts.every((t) => !/private file|root:/.test(t)),
        'nothing from outside is read',
      );
      assert.equal(
        texts.filter((t) => /The story body/.test(t)).length,
        2,
        'a link inside the folder is read',
      );
      const refused = items.flatMap((i) => (i.ok ? [] : [i.error.message]));
      assert.equal(refused.length, 3);
      for (const message of refused) assert.match(message, /links outside the folder/);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
