import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { needsShared, SEED_PATH } from '../shared.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));

function dossier(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_DB: join(dir, 'cli.db') },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dossier CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyze --json prints the whole contract for the reference article', needsShared(SEED_PATH), () => {
    const r = dossier('analyze', SEED_PATH, '--json');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out).sort(), [
      'article',
      'claims',
      'dates',
      'entities',
      'figures',
      'quotes',
    ]);
    assert.deepEqual(
      out.article.sources.map((s: { outlet: string }) => s.outlet),
      ['The New York Times', 'The Associated Press'],
    );
    const slice = (s: { start: number; end: number }) => out.article.text.slice(s.start, s.end);
    for (const key of ['quotes', 'figures', 'claims'] as const) {
      for (const f of out[key]) {
        // A quote split by its cue keeps its parts as fragments; the span covers them all.
        const text = f.fragments ? f.fragments.map(slice).join(' ') : slice(f.span);
        assert.equal(text, f.text, `${key} span`);
      }
    }
  });

  it('entities and entity read the registry the ingest built', () => {
    assert.equal(dossier('ingest', join(ROOT, 'examples', 'north-korea')).code, 0);
    const list = dossier('entities', '--type', 'loc', '--json');
    assert.equal(list.code, 0, list.stderr);
    const places = JSON.parse(list.stdout) as { id: string; type: string }[];
    assert.ok(places.some((e) => e.id === 'ent-country:US') && places.every((e) => e.type === 'LOC'));
    const one = dossier('entity', 'the United States');
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /^United States {2}\(LOC, ent-country:US\)/);
    assert.match(one.stdout, /aliases: .*U\.S\./);
    const unknown = dossier('entity', 'Nobody Anywhere');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Nobody Anywhere: no entity of that name or id/);
    const badType = dossier('entities', '--type', 'planet');
    assert.equal(badType.code, 2);
    assert.match(badType.stderr, /unknown entity type "planet"/);
  });

  it('a missing file gets one error line naming it, a hint, and a non-zero exit', () => {
    const r = dossier('analyze', 'no-such-file.txt');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dossier: no-such-file\.txt: .+\n {2}\S.+\n$/);
  });

  it('an unusable database path is named in the error, as a runtime error (exit 3)', () => {
    const r = dossier('--create', '--db', '/proc/no/such/dir/x.db', 'articles');
    assert.equal(r.code, 3);
    assert.match(r.stderr, /\/proc\/no\/such\/dir\/x\.db/);
    assert.doesNotMatch(r.stderr, /at .+\.ts:\d+/, 'no stack trace for a user error');
  });

  it('ingest of only bad inputs fails as a whole, with each input named', () => {
    const r = dossier('ingest', 'missing-a.txt', 'missing-b.html');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing-a\.txt/);
    assert.match(r.stderr, /missing-b\.html/);
  });

  it('shares one set of exit codes: usage errors exit 2, and a command’s --help lists the codes and its bounds', () => {
    // One of each: Commander's own error, a missing option value, an input error from a command.
    const readme = join(ROOT, 'README.md');
    const usage = [['no-such-command'], ['verify', readme], ['eval', 'no-such-task', '--data', readme]];
    for (const args of usage) {
      const r = dossier(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(r.stderr.length > 0);
    }
    for (const args of [['verify', '--help']]) {
      const r = dossier(...args);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /at most 3,000,000 characters/);
      assert.match(r.stdout, /Exit codes \(every command\):\n0 .+\n1 .+\n2 .+\n3 .+/);
    }
  });

  it('verify exits 1 when a draft misquotes its source, 0 when it is supported', () => {
    const source = join(ROOT, 'examples/north-korea/nyt-like-austin.html');
    const bad = join(dir, 'bad.md');
    const good = join(dir, 'good.md');
    writeFileSync(bad, 'Austin called the deployment a “very, very serious” step.');
    writeFileSync(good, 'Austin called the deployment “very serious.”');
    assert.equal(dossier('verify', bad, '--sources', source).code, 1);
    const ok = dossier('verify', good, '--sources', source, '--json');
    assert.equal(ok.code, 0, ok.stdout);
  });
});
