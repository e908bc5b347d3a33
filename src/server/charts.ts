import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { FigureGroup, Ledger } from '../ledger/index.js';
import type { Analysis } from '../model/index.js';

/** One chart of a page: its SVG (drawn by Vega-Lite on the server), a caption and its data as rows. */
export interface Chart {
  title: string;
  svg: string;
  /** The plotted values as table rows, for readers who cannot see the chart. */
  rows: string[][];
  columns: string[];
}

/** Measures charted on a story page: the groups with the most dated figures, conflicts first. */
const MAX_MEASURES = 3;
/** Outlets named in the articles chart; the rest are counted as "other outlets". */
const MAX_OUTLETS = 8;
/** Plot width in px: the SVG scales down to the page (viewBox), so it fits 390 px screens too. */
const WIDTH = 560;
const HEIGHT = 200;

/** A story's charts: each main measure's figures over time by claimant, then its articles over time by outlet. */
export async function storyCharts(ledger: Ledger, analyses: readonly Analysis[]): Promise<Chart[]> {
  const charts: Chart[] = [];
  for (const group of mainMeasures(ledger.figures)) charts.push(await figureChart(group));
  const outlets = await outletChart(analyses);
  if (outlets) charts.push(outlets);
  return charts;
}

/** Dated figures a measure needs for a chart: two points make a line, three a trend worth a look. */
const MIN_POINTS = 3;

/** Figure groups worth a chart: at least MIN_POINTS dated figures; conflicting ones first, then the largest. */
export function mainMeasures(groups: readonly FigureGroup[]): FigureGroup[] {
  const dated = (g: FigureGroup) => g.figures.filter((f) => f.date).length;
  return groups
    .filter((g) => dated(g) >= MIN_POINTS)
    .sort(
      (a, b) =>
        Number(b.label === 'conflicting') - Number(a.label === 'conflicting') ||
        dated(b) - dated(a) ||
        a.subject.localeCompare(b.subject),
    )
    .slice(0, MAX_MEASURES);
}

/** The figures of one group as points over time, one colour per claimant. */
async function figureChart(group: FigureGroup): Promise<Chart> {
  const points = group.figures
    .filter((f) => f.date)
    .map((f) => ({
      date: f.date!.slice(0, 10),
      value: f.value,
      claimant: f.claimant ?? 'no claimant',
      outlet: f.outlet ?? '?',
      text: f.text,
    }));
  const unit = group.unit && !group.subject.includes(group.unit) ? ` (${group.unit})` : '';
  const title = `${group.subject}${unit}: figures over time by claimant`;
  const spec: TopLevelSpec = {
    ...frame(title),
    data: { values: points },
    mark: { type: 'line', point: { size: 60, filled: true }, strokeWidth: 1.5 },
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        title: null,
        axis: { format: '%b %d', labelAngle: 0, tickCount: 6 },
      },
      y: { field: 'value', type: 'quantitative', title: group.unit ?? 'figure', axis: { format: '~s' } },
      color: {
        field: 'claimant',
        type: 'nominal',
        title: 'Claimant',
        scale: { scheme: 'dark2' },
        legend: { labelLimit: 280 },
      },
    },
  };
  return {
    title,
    svg: await toSvg(spec),
    columns: ['Date', 'Figure', 'Claimant', 'Outlet'],
    rows: points.map((p) => [p.date, p.text, p.claimant, p.outlet]),
  };
}

/** How many of the story's articles each day brought, stacked by outlet; null when none is dated. */
async function outletChart(analyses: readonly Analysis[]): Promise<Chart | null> {
  const dated = analyses.filter((a) => a.article.published);
  if (dated.length === 0) return null;
  const tally = new Map<string, number>();
  for (const a of dated) tally.set(outletOf(a), (tally.get(outletOf(a)) ?? 0) + 1);
  const named = new Set(
    [...tally]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_OUTLETS)
      .map(([name]) => name),
  );
  const counts = new Map<string, { date: string; outlet: string; articles: number }>();
  for (const a of dated) {
    const date = a.article.published!.slice(0, 10);
    const outlet = named.has(outletOf(a)) ? outletOf(a) : 'other outlets';
    const key = `${date}\0${outlet}`;
    const row = counts.get(key) ?? { date, outlet, articles: 0 };
    row.articles++;
    counts.set(key, row);
  }
  const values = [...counts.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet),
  );
  const title = 'Articles over time by outlet';
  const spec: TopLevelSpec = {
    ...frame(title),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'date',
        type: 'ordinal',
        title: null,
        timeUnit: 'yearmonthdate',
        axis: { format: '%b %d', labelAngle: 0 },
      },
      y: {
        field: 'articles',
        type: 'quantitative',
        title: 'articles',
        aggregate: 'sum',
        axis: { tickMinStep: 1 },
      },
      color: {
        field: 'outlet',
        type: 'nominal',
        title: 'Outlet',
        scale: { scheme: 'tableau10' },
        legend: { labelLimit: 280 },
      },
    },
  };
  return {
    title,
    svg: await toSvg(spec),
    columns: ['Date', 'Outlet', 'Articles'],
    rows: values.map((v) => [v.date, v.outlet, String(v.articles)]),
  };
}

function outletOf(a: Analysis): string {
  return a.article.outlet ?? 'unknown outlet';
}

/** What every chart shares: size, a description for screen readers, the legend under the plot. */
function frame(description: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    config: {
      font: 'system-ui, sans-serif',
      legend: {
        orient: 'bottom' as const,
        columns: 2,
        labelLimit: 260,
        titleFontSize: 12,
        labelFontSize: 12,
      },
      axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#333', titleColor: '#333' },
    },
  };
}

/** A Vega-Lite spec drawn to an SVG string, in Node, without a canvas or a browser. */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
