import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evalClaims } from '../../src/eval/claims.js';
import { evalFigures } from '../../src/eval/figures.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIGURES = resolve(repoRoot, 'test/gold/figures.jsonl');
const CLAIMS = resolve(repoRoot, 'test/gold/claims.jsonl');
const quiet = { progress: () => {} };

/** The targets, per split. */
const TARGETS = { valueQualifier: 0.97, subjectHead: 0.9, claimant: 0.85, stance: 0.9 };

describe('gold sets', () => {
  it('are well formed: every gold figure text and claim cue occurs in its sentence', () => {
    const lines = (path: string) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l));
    const figures = lines(FIGURES);
    const claims = lines(CLAIMS);
    assert.ok(figures.length + claims.length >= 200, 'at least 200 annotated sentences');
    for (const l of [...figures, ...claims]) assert.ok(l.split === 'dev' || l.split === 'heldout', l.id);
    for (const l of figures)
      for (const f of l.figures) assert.ok(l.text.includes(f.text), `${l.id} ${f.text}`);
    for (const l of claims) for (const c of l.claims) assert.ok(l.text.includes(c.cue), `${l.id} ${c.cue}`);
    assert.equal(
      new Set([...figures, ...claims].map((l) => l.id)).size,
      figures.length + claims.length,
      'unique ids',
    );
  });

  it('figures meet the targets on dev and heldout', async () => {
    const report = await evalFigures({ data: FIGURES, ...quiet });
    for (const split of ['dev', 'heldout']) {
      const m = report.metrics[split] as Record<string, number>;
      assert.ok(m.valueQualifier >= TARGETS.valueQualifier, `${split} value+qualifier ${m.valueQualifier}`);
      assert.ok(m.subjectHead >= TARGETS.subjectHead, `${split} subject head ${m.subjectHead}`);
      assert.ok(m.claimant >= TARGETS.claimant, `${split} claimant ${m.claimant}`);
    }
  });

  it('claims meet the targets on dev and heldout', async () => {
    const report = await evalClaims({ data: CLAIMS, ...quiet });
    for (const split of ['dev', 'heldout']) {
      const m = report.metrics[split] as Record<string, number>;
      assert.ok(m.stance >= TARGETS.stance, `${split} stance ${m.stance}`);
      assert.ok(m.claimant >= TARGETS.claimant, `${split} claimant ${m.claimant}`);
    }
  });

  it('reject a file that is not a gold set, naming it', async () => {
    await assert.rejects(
      evalFigures({ data: resolve(repoRoot, 'package.json'), ...quiet }),
      /package\.json|not JSON|lacks/,
    );
  });
});
