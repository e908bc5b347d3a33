import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ledgerToText } from '../../src/cli/ledger-text.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import { apLike, nytLike } from '../fixtures/verify/story.js';

describe('ledgerToText', () => {
  const ledger = buildLedger([nytLike(), apLike()]);
  const text = ledgerToText(ledger);

  it('leads with conflicts and updates and folds single-source figures', () => {
    const groups = text.filter((l) => /^ {2}\[/.test(l)).map((l) => l.slice(3, l.indexOf(']')));
    const rank = ['conflicting', 'revised', 'increment', 'agreeing'];
    const order = groups.map((g) => rank.indexOf(g));
    assert.ok(
      order.every((r) => r >= 0),
      `no single-source group unfolded: ${groups}`,
    );
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    const single = ledger.figures.filter((g) => g.label === 'single-source').length;
    if (single > 0) assert.ok(text.some((l) => l.includes(`${single} single-source figure`)));
    const all = ledgerToText(ledger, { all: true });
    assert.equal(all.filter((l) => l.startsWith('  [single-source]')).length, single);
  });

  it('names claimant, outlet, date and a link to the sentence on every row', () => {
    const rows = text.filter((l) => l.includes(' · /articles/'));
    assert.ok(rows.length > 0);
    for (const r of rows)
      assert.match(
        r,
        /(claimed by .+|no claimant) — .+, (\d{4}-\d{2}-\d{2}|undated) · \/articles\/[^?]+\?at=\d+-\d+#at$/,
      );
  });

  it('prints only the conflicts with --conflicts', () => {
    const only = ledgerToText(ledger, { conflicts: true });
    assert.equal(only[0], 'CONFLICTING FIGURES');
    assert.ok(!only.includes('CLAIMS'));
    const conflicts = ledger.figures.filter((g) => g.label === 'conflicting').length;
    assert.equal(only.filter((l) => l.startsWith('  [conflicting]')).length, conflicts);
    if (conflicts === 0) assert.deepEqual(only, ['CONFLICTING FIGURES', '  (no conflicts)']);
  });
});
