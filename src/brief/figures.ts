import type { FigureGroup, LedgerFigure } from '../ledger/types.js';
import { extract, generated, isUsed, numberOf, sentenceAt, type Workbench } from './context.js';
import type { BriefSection, BriefSentence } from './types.js';

function who(f: LedgerFigure): string {
  return f.claimant ?? f.outlet ?? 'one report';
}

/** The source sentence of a figure, copied once. */
function copy(w: Workbench, f: LedgerFigure, out: BriefSentence[]): void {
  const c = sentenceAt(w, f.citation);
  if (c && !isUsed(w, c)) out.push(extract(w, c));
}

function cited(w: Workbench, f: LedgerFigure): number {
  return numberOf(w, f.citation.articleId);
}

function recordFigure(w: Workbench, f: LedgerFigure): void {
  w.figures.push({
    text: f.text,
    value: f.value,
    citations: [cited(w, f)],
    source: f.citation,
    derived: false,
  });
}

/** One paragraph per figure group: the figures in their sources' words, then how they relate. */
function groupParagraph(w: Workbench, g: FigureGroup): BriefSentence[] {
  const out: BriefSentence[] = [];
  const shown = g.label === 'conflicting' ? distinctValues(g.figures) : g.figures.slice(0, 2);
  for (const f of shown) copy(w, f, out);
  if (g.label === 'conflicting') {
    const [a, b] = distinctValues(g.figures);
    recordFigure(w, a);
    recordFigure(w, b);
    out.push(
      generated(
        `Reports differ on ${g.subject}: ${a.text} according to ${who(a)} [${cited(w, a)}], but ${b.text} according to ${who(b)} [${cited(w, b)}].`,
        [cited(w, a), cited(w, b)],
      ),
    );
  }
  if (g.total) {
    const ns = g.total.parts.map((f) => cited(w, f));
    const parts = g.total.parts.map((f) => `${f.text} [${cited(w, f)}]`).join(' and ');
    w.figures.push({
      text: g.total.text,
      value: g.total.atLeast,
      citations: ns,
      source: null,
      derived: true,
    });
    out.push(
      generated(
        `Taken together, the reports of ${parts} imply ${g.total.text} ${g.unit ?? g.subject} in all, a floor rather than a count.`,
        ns,
      ),
    );
  }
  for (const r of g.revisions) {
    const n = cited(w, r.to);
    recordFigure(w, r.to);
    out.push(
      generated(`${r.outlet ?? 'One outlet'} changed its figure from ${r.from.text} to ${r.to.text}.`, [n]),
    );
  }
  if (g.label === 'agreeing') {
    const others = [...new Set(g.figures.slice(1).map((f) => cited(w, f)))].filter(
      (n) => n !== cited(w, g.figures[0]),
    );
    if (others.length > 0) {
      const outlets = [...new Set(g.figures.slice(1).map((f) => f.outlet ?? 'another report'))].join(', ');
      for (const f of g.figures.slice(1)) recordFigure(w, f);
      out.push(generated(`${outlets} ${others.length > 1 ? 'give' : 'gives'} the same figure.`, others));
    }
  }
  return out;
}

/** Figures whose values differ, one per value, earliest first. */
function distinctValues(figures: LedgerFigure[]): LedgerFigure[] {
  const out: LedgerFigure[] = [];
  for (const f of figures) {
    if (!f.increment && !out.some((o) => o.value === f.value)) out.push(f);
  }
  return out.slice(0, 2);
}

/** The figures section: conflicts first, then increments and revisions, then agreed and single-source figures. */
export function writeFigures(w: Workbench, groups: FigureGroup[], max: number): BriefSection | null {
  const paragraphs = groups
    .slice(0, max)
    .map((g) => groupParagraph(w, g))
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return null;
  return { id: 'figures', heading: 'The figures', paragraphs };
}
