import type { FigureGroup, Ledger, LedgerFigure } from '../ledger/index.js';
import { isoDay } from '../util/format.js';

/** The ledger as text for a terminal: figure groups with their labels, the claims matrix, quotes by speaker. */
export function ledgerToText(ledger: Ledger): string[] {
  const out: string[] = ['FIGURES'];
  if (ledger.figures.length === 0) out.push('  (no figures)');
  for (const g of ledger.figures) out.push(...figureGroup(g));
  out.push('', 'CLAIMS');
  if (ledger.claims.length === 0) out.push('  (no attributed claims)');
  for (const row of ledger.claims) {
    out.push(`  ${row.topic}`);
    for (const e of row.entries)
      out.push(`    ${e.stance.padEnd(10)} ${e.claimant} — ${e.outlet ?? '?'}, ${isoDay(e.date, 'undated')}`);
  }
  out.push('', 'QUOTES BY SPEAKER');
  if (ledger.quotes.length === 0) out.push('  (no quotes)');
  for (const s of ledger.quotes) {
    out.push(`  ${s.speaker}`);
    for (const q of s.quotes) {
      const outlets = [...new Set(q.occurrences.map((o) => o.outlet ?? '?'))].join(', ');
      out.push(`    “${q.text}” (${outlets})`);
      for (const v of q.variants)
        out.push(`      ${v.occurrence.outlet ?? '?'}: ${v.differences.join('; ')}`);
    }
  }
  return out;
}

function figureGroup(g: FigureGroup): string[] {
  const out = [`  [${g.label}] ${g.subject}${g.unit ? ` (${g.unit})` : ''} — ${g.note}`];
  for (const f of g.figures) out.push(`    ${figure(f)}`);
  if (g.total) out.push(`    implied total: ${g.total.text}`);
  for (const r of g.revisions) out.push(`    revised by ${r.outlet ?? '?'}: ${r.from.text} → ${r.to.text}`);
  return out;
}

function figure(f: LedgerFigure): string {
  const claimant = f.claimant ? `claimed by ${f.claimant}` : 'no claimant';
  return `${f.text.padEnd(24)} ${f.qualifier}${f.increment ? ', increment' : ''}; ${claimant} — ${f.outlet ?? '?'}, ${isoDay(f.date, 'undated')}`;
}
