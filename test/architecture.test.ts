import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
/** A code module past this many lines does more than one job (data tables under `data/` aside). */
const MAX_MODULE_LINES = 350;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'data' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it(`keeps every code module in src/ at most ${MAX_MODULE_LINES} lines`, () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 100, 'the walk found the source tree');
    const long = files
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((m) => m.lines > MAX_MODULE_LINES);
    assert.deepEqual(long, [], 'split these modules by job');
  });
});
