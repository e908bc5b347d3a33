import { html, raw } from 'hono/html';
import { briefToHtml } from '../brief/index.js';
import type { Citation, ClaimRow, FigureGroup, FigureGroupLabel, LedgerFigure } from '../ledger/index.js';
import type { Library } from '../library/index.js';
import type { Analysis } from '../model/index.js';
import { isoDay } from '../util/format.js';
import { type Chart, storyCharts } from './charts.js';
import { clip, page } from './layout.js';

/** Ledger rows in the order a reader checks them: disagreements first, lone figures last. */
const LABEL_ORDER: readonly FigureGroupLabel[] = [
  'conflicting',
  'revised',
  'increment',
  'agreeing',
  'single-source',
];
/** Rows of each list a story page shows: a 10,000-article story must still be a page, not a dump. */
export const STORY_PAGE_ROWS = 200;

/** A link to the sentence a finding sits in, highlighted in its article (`?at=start-end#at`). */
export function citationHref(c: Citation): string {
  return `/articles/${encodeURIComponent(c.articleId)}?at=${c.span.start}-${c.span.end}#at`;
}

/** Figure groups, conflicting first (then revised, increment, agreeing, single-source), order kept within a label. */
export function ledgerOrder(groups: readonly FigureGroup[]): FigureGroup[] {
  return [...groups].sort((a, b) => LABEL_ORDER.indexOf(a.label) - LABEL_ORDER.indexOf(b.label));
}

/** A story's page: the brief first, then charts, the ledger (conflicts first), claims and the articles. */
export async function storyPage(library: Library, id: string): Promise<string> {
  const { story, analyses } = await library.sourcesOf(id);
  const { brief } = await library.brief(story.id);
  const ledger = await library.ledgerOf(analyses);
  const charts = await storyCharts(ledger, analyses);
  const sid = encodeURIComponent(story.id);
  const groups = ledgerOrder(ledger.figures);
  return String(
    await page(
      story.title,
      html`<p class="meta">${story.articleIds.length} articles · ${clip(story.outlets.join(', '))} · ${isoDay(story.first)} → ${isoDay(story.last)}
· <a href="/api/stories/${sid}/brief?format=md">Markdown</a> · <a href="/quotes?story=${sid}">quotes</a>
· <a href="/claims?story=${sid}">claims</a> · <a href="/entities?story=${sid}">entities</a> · <a href="/verify?story=${sid}">verify a draft</a></p>
${raw(briefToHtml(brief))}
${charts.length ? html`<h2>Charts</h2>${charts.map(chartView)}` : ''}
<h2 id="ledger">Ledger: figures</h2>
<p class="meta">${ledger.figures.filter((g) => g.label === 'conflicting').length} conflicting of ${ledger.figures.length} groups; each figure links to its sentence.</p>
<div class="scroll"><table class="ledger"><thead><tr><th scope="col">What</th><th scope="col">Label</th><th scope="col">Figures (claimant, outlet, date)</th></tr></thead><tbody>${groups
        .slice(0, STORY_PAGE_ROWS)
        .map(
          (g) =>
            html`<tr class="${g.label}"><td>${g.subject}</td><td><span class="label ${g.label}">${g.label}</span></td><td>${g.figures
              .slice(0, STORY_PAGE_ROWS)
              .map(figureLine)}${g.total ? html`<strong>${g.total.text}</strong>` : ''}</td></tr>`,
        )}</tbody></table></div>
${cutNote(groups.length, 'figure groups')}
${claimsView(ledger.claims.slice(0, 20), sid)}
<h2>Articles</h2>
<ul class="list">${analyses
        .slice(0, STORY_PAGE_ROWS)
        .map(
          (a) =>
            html`<li><a href="/articles/${encodeURIComponent(a.article.id)}">${clip(a.article.title)}</a> <small>${a.article.outlet ?? '—'} · ${isoDay(a.article.published)}</small></li>`,
        )}</ul>
${cutNote(analyses.length, 'articles')}`,
    ),
  );
}

/** "showing 200 of 1,713 articles" when a list was cut. */
function cutNote(total: number, what: string) {
  return total > STORY_PAGE_ROWS
    ? html`<p class="meta">Showing ${STORY_PAGE_ROWS} of ${total} ${what}.</p>`
    : '';
}

function figureLine(f: LedgerFigure) {
  return html`<a href="${citationHref(f.citation)}">${f.text}</a> (${f.claimant ?? 'no claimant'}, ${f.outlet ?? '?'}, ${isoDay(f.date)})<br>`;
}

/** A chart with its caption, and its data as a table for readers who cannot see it. */
function chartView(chart: Chart) {
  const svg = chart.svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(chart.title)}" `);
  return html`<figure class="chart"><figcaption>${chart.title}</figcaption>${raw(svg)}
<details><summary>Data</summary><div class="scroll"><table><thead><tr>${chart.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${chart.rows.slice(0, STORY_PAGE_ROWS).map((r) => html`<tr>${r.map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody></table></div></details></figure>`;
}

/** Who confirms, denies, declines what: one row per proposition, each stance linked to its sentence. */
export function claimsView(rows: readonly ClaimRow[], storyId: string) {
  if (rows.length === 0) return '';
  return html`<h2>Claims</h2><p class="meta"><a href="/claims?story=${storyId}">all claims</a></p>
<ul class="list">${rows.map(
    (r) =>
      html`<li><strong>${clip(r.topic)}</strong><br>${r.entries
        .slice(0, 20)
        .map(
          (e) =>
            html`<span class="stance ${e.stance}">${e.stance}</span> ${e.claimant} — <a href="${citationHref(e.citation)}">${clip(e.text)}</a> <small>${e.outlet ?? '?'}, ${isoDay(e.date)}</small><br>`,
        )}</li>`,
  )}</ul>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The analyses of a story page (exported for the claims and quotes pages' story filter). */
export type StoryAnalyses = readonly Analysis[];
