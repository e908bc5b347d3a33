import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `dossier serve …` and returns how it ended (it must end: each case is an error). */
function serveWith(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(ROOT, 'src/cli/main.ts'),
        'serve',
        '--create',
        '--db',
        join(dir, 'serve.db'),
        ...args,
      ],
      { timeout: 120_000 },
      (err, _stdout, stderr) => done({ code: (err as { code?: number } | null)?.code ?? 0, stderr }),
    );
  });
}

describe('dossier serve on a bad port', () => {
  it('says the port is in use, without a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, stderr } = await serveWith('--port', String(port));
      assert.equal(code, 3);
      assert.match(stderr, new RegExp(`port ${port} is in use`));
      assert.match(stderr, /--port/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    } finally {
      taken.close();
    }
  });

  it('refuses a port that is not one, as a usage error', async () => {
    for (const port of ['http', '70000', '-1']) {
      const { code, stderr } = await serveWith('--port', port);
      assert.equal(code, 2, port);
      assert.match(stderr, /--port must be a whole number from 1 to 65535/, port);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
