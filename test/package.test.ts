import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as entry from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, { types: string; default: string }>;
};

/** The package's public values (types are checked by tsc on src/index.ts). Add here what src/index.ts adds. */
const PUBLIC = [
  'DossierError',
  'InputError',
  'Library',
  'NotFoundError',
  'analyze',
  'buildLedger',
  'contentHash',
  'createClusterer',
  'extractArticle',
  'fetchInputs',
  'ingestBatch',
  'loadResources',
  'openLibrary',
  'openStore',
  'readInputs',
  'renderBrief',
  'storyFeatures',
  'toArticle',
  'verifyDraft',
  'writeBrief',
];

describe("the package entry ('dossier')", () => {
  it('exports exactly the public list, each a function or class', () => {
    assert.deepEqual(Object.keys(entry).sort(), [...PUBLIC].sort());
    for (const name of PUBLIC)
      assert.equal(typeof (entry as Record<string, unknown>)[name], 'function', name);
  });

  it('maps the package name to the built entry and its types', () => {
    assert.equal(pkg.name, 'dossier');
    assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', default: './dist/index.js' });
  });

  const built = existsSync(join(root, 'dist', 'index.js'));
  it("resolves `import … from 'dossier'` to the same list, with declarations", {
    skip: built ? false : 'dist/ is not built: run `npm run build` to check the built entry',
  }, async () => {
    const byName = (await import(pkg.name)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(byName).sort(), [...PUBLIC].sort());
    assert.ok(existsSync(join(root, 'dist', 'index.d.ts')), 'dist/index.d.ts (the types entry) is missing');
    const folder = mkdtempSync(join(tmpdir(), 'dossier-package-'));
    try {
      const library = await (byName.openLibrary as typeof entry.openLibrary)(join(folder, 'dossier.db'));
      assert.deepEqual(await library.store.listStories(), []);
      await library.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
