import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { colourOn, paint } from '../../src/cli/context.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-surface-'));

function dossier(args: string[], input?: string) {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts'), ...args],
    { cwd: dir, encoding: 'utf8', input, env: { ...process.env, DOSSIER_DB: join(dir, 'default.db') } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = {
  title: 'Mayor opens the bridge',
  outlet: 'The Test Gazette',
  published: '2025-03-01',
  text: 'The mayor said the bridge would open on Monday. “We are ready,” said Ana Ruiz, the city engineer.',
};

describe('CLI surfaces people expect (issue 18)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('colours only a terminal, and never when NO_COLOR is set', () => {
    assert.equal(colourOn({ isTTY: true }, {}), true);
    assert.equal(colourOn({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(colourOn({ isTTY: false }, {}), false, 'a pipe or file gets plain text');
    assert.equal(paint('story-1', 'dim', true), '\u001b[2mstory-1\u001b[0m');
    assert.equal(paint('story-1', 'dim', false), 'story-1');
    // Piped (as here), listings carry no escape at all.
    const r = dossier(['stories']);
    assert.doesNotMatch(r.stdout, /\u001b/);
  });

  it('--version prints the package version', () => {
    const r = dossier(['--version']);
    assert.equal(r.code, 0);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(r.stdout.trim(), version);
  });

  it('a --db file that does not exist is a usage error unless --create; nothing is created', () => {
    const typo = join(dir, 'typo', 'nwes.db');
    const r = dossier(['--db', typo, 'stories']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nwes\.db: no database at this path\n {2}.*--create/);
    assert.equal(existsSync(join(dir, 'typo')), false, 'no folder made for a typo');
    const made = dossier(['--db', typo, '--create', 'stories']);
    assert.equal(made.code, 0, made.stderr);
    assert.ok(existsSync(typo));
    // The default database ($DOSSIER_DB here) is created without asking.
    assert.equal(dossier(['articles']).code, 0);
    assert.ok(existsSync(join(dir, 'default.db')));
  });

  it('analyze reads every line of a JSONL file and - from stdin', () => {
    const lines = [
      ARTICLE,
      { ...ARTICLE, title: 'Second article', text: 'Officials said 40 buses would run.' },
    ];
    const file = join(dir, 'two.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const r = dossier(['analyze', file, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((a) => a.article.title),
      ['Mayor opens the bridge', 'Second article'],
    );
    const piped = dossier(['analyze', '-', '--json'], JSON.stringify(ARTICLE));
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(JSON.parse(piped.stdout).article.title, 'Mayor opens the bridge');
    const text = dossier(['analyze', '-'], 'Headline here\n\nThe council said it would vote on Friday.');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Headline here/);
    const empty = dossier(['analyze', '-'], '   ');
    assert.equal(empty.code, 2);
  });

  it('reported speech is printed without quotation marks, verbatim quotes with them', () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify(ARTICLE));
    const r = dossier(['analyze', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /direct {3}Ana Ruiz: “We are ready,?”/);
    const reported = r.stdout.split('\n').filter((l) => /^ {2}indirect/.test(l));
    assert.ok(reported.length > 0, r.stdout);
    for (const line of reported) {
      assert.match(line, /: reported: /);
      assert.doesNotMatch(line, /[“”]/);
    }
  });

  it('a listing cut at its limit says so on stderr, and --limit must be a number', () => {
    assert.equal(dossier(['ingest', join(ROOT, 'examples', 'north-korea')]).code, 0);
    const cut = dossier(['articles', '--limit', '2', '--json']);
    assert.equal(cut.code, 0, cut.stderr);
    assert.equal(JSON.parse(cut.stdout).length, 2, 'stdout stays valid JSON');
    assert.match(cut.stderr, /showing the first 2 articles; use --limit N for more/);
    const whole = dossier(['articles', '--limit', '500']);
    assert.doesNotMatch(whole.stderr, /showing the first/);
    const bad = dossier(['stories', '--limit', 'lots']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--limit must be a whole number/);
  });
});
