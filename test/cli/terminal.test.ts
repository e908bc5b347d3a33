import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { terminalSafe } from '../../src/cli/context.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-terminal-'));

function dossier(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_DB: join(dir, 'terminal.db') },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bytes a terminal acts on: C0 controls but tab and newline, DEL, C1 controls, and bidi overrides. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\u001b';
const OSC_TITLE = `${ESC}]0;owned${'\u0007'}`;
const OSC_LINK = `${ESC}]8;;https://evil.test${ESC}\\click${ESC}]8;;${ESC}\\`;
const CLEAR = `${ESC}[2J${ESC}[H`;
const C1_CSI = '\u009b31m';

describe('terminalSafe', () => {
  it('shows control bytes as visible escapes and keeps text, tabs and newlines', () => {
    assert.equal(terminalSafe(`a${ESC}[2Jb\u0007c\u009bd\u202ee\rf`), 'a\\x1B[2Jb\\x07c\\x9Bd\\u202Ee\\x0Df');
    assert.equal(
      terminalSafe('Café «quoted» — 2,500\ttroops\nnext line'),
      'Café «quoted» — 2,500\ttroops\nnext line',
    );
  });
});

describe('CLI output never carries terminal escapes from articles or file names', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingest, articles, stories, story, search and quotes print titles, outlets and names defused', () => {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const body =
      'The ministry said 2,500 troops were sent north on Monday. "We are ready," said General Ana Ruiz, the army chief. ' +
      'Officials in the capital confirmed the deployment and said more would follow within the week.';
    writeFileSync(
      join(inbox, 'hostile.json'),
      JSON.stringify({
        url: 'https://hostile.test/a',
        title: `Troops sent north ${OSC_TITLE}${CLEAR}`,
        outlet: `Evil ${OSC_LINK} Times${C1_CSI}`,
        published: '2024-05-01T08:00:00Z',
        text: `${body} ${CLEAR}`,
      }),
    );
    writeFileSync(join(inbox, `bad${ESC}[31mname.json`), '{not json');

    const outputs = [dossier('ingest', inbox)];
    const stories = dossier('stories');
    const storyId = stories.stdout.trim().split(/\s+/)[0];
    outputs.push(stories, dossier('articles'), dossier('search', 'troops'), dossier('quotes'));
    if (storyId) outputs.push(dossier('story', storyId));
    for (const r of outputs) {
      assert.doesNotMatch(r.stdout, CONTROL, r.stdout);
      assert.doesNotMatch(r.stderr, CONTROL, r.stderr);
    }
    const all = outputs.map((r) => r.stdout + r.stderr).join('\n');
    assert.match(all, /Troops sent north \\x1B\]0;owned\\x07/, 'the title is shown, its escapes visible');
    assert.match(all, /bad\\x1B\[31mname\.json/, 'the file name is shown, its escape visible');
    assert.ok(storyId, stories.stdout);
  });
});
