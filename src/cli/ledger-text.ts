import type { FigureGroup, Ledger, LedgerFigure } from '../ledger/index.js';
import { isoDay } from '../util/format.js';
import { shownQuote } from './context.js';

/** What of the ledger to print: only its conflicts, or every single-source figure unfolded. */
export interface LedgerTextOptions {
  conflicts?: boolean;
  all?: boolean;
}

/** Groups a reader must see first: sources that disagree, then numbers that moved, then totals. */
const FIRST: Record<FigureGroup['label'], number> = {
  conflicting: 0,
  revised: 1,
  increment: 2,
  agreeing: 3,
  'single-source': 4,
};

/**
 * The ledger as text for a terminal: figure groups with their labels (conflicts and updates
 * first, single-source figures folded to one line each unless `all`), the claims matrix, quotes
 * by speaker. With `conflicts`, only the conflicting figure groups.
 */
export function ledgerToText(ledger: Ledger, options: LedgerTextOptions = {}): string[] {
  const out = figureSection(ledger.figures, options);
  if (options.conflicts) return out;
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
      const reported = q.occurrences.every((o) => o.kind === 'indirect');
      out.push(`    ${shownQuote(q.text, reported ? 'indirect' : 'direct')} (${outlets})`);
      for (const v of q.variants)
        out.push(`      ${v.occurrence.outlet ?? '?'}: ${v.differences.join('; ')}`);
    }
  }
  return out;
}

function figureSection(figures: FigureGroup[], options: LedgerTextOptions): string[] {
  const groups = [...figures].sort((a, b) => FIRST[a.label] - FIRST[b.label]);
  const shown = options.conflicts ? groups.filter((g) => g.label === 'conflicting') : groups;
  const out: string[] = [options.conflicts ? 'CONFLICTING FIGURES' : 'FIGURES'];
  if (shown.length === 0) out.push(options.conflicts ? '  (no conflicts)' : '  (no figures)');
  const single = shown.filter((g) => g.label === 'single-source');
  for (const g of shown) if (g.label !== 'single-source' || options.all) out.push(...figureGroup(g));
  if (single.length > 0 && !options.all) {
    out.push(
      `  ${single.length} single-source figure${single.length === 1 ? '' : 's'} (--all lists each with its source):`,
    );
    for (const g of single) out.push(`    ${g.figures[0].text} — ${g.subject}`);
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

/** One figure as a row: its text and qualifier, who claims it, outlet, date and a link to its sentence. */
function figure(f: LedgerFigure): string {
  const claimant = f.claimant ? `claimed by ${f.claimant}` : 'no claimant';
  const { articleId, span } = f.citation;
  const link = `/articles/${encodeURIComponent(articleId)}?at=${span.start}-${span.end}#at`;
  return `${f.text.padEnd(24)} ${f.qualifier}${f.increment ? ', increment' : ''}; ${claimant} — ${f.outlet ?? '?'}, ${isoDay(f.date, 'undated')} · ${link}`;
}
