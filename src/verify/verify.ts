import { type Identity, nameIdentity } from '../compare/index.js';
import { InputError } from '../errors.js';
import type { Analysis, Article, Verdict, VerifyItem, VerifyReport } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import { checkClaims } from './claims.js';
import { checkFigures } from './figures.js';
import { analysableText } from './markup.js';
import { checkQuotes } from './quotes.js';
import { readSources, readText } from './sources.js';

/** Share of control or replacement characters above which a draft is taken for binary data. */
const BINARY_SHARE = 0.01;
/** The id the draft goes by while it is analysed and checked (it is never stored). */
const DRAFT_ID = 'draft';

/** Options of `verifyDraft`. */
export interface VerifyOptions {
  /** Decides whether the draft's speaker or claimant is the source's. Default: by name (`nameIdentity`). */
  identity: Identity;
}

/**
 * Checks a draft (Markdown, text or HTML) item by item against its sources: every quote, figure
 * and attributed claim the pipeline finds in it gets a verdict, a span in the draft (markup is
 * masked with spaces, so offsets are the draft's) and, when one fits, a citation into a source.
 * Throws InputError for an empty or binary draft or when no source is given.
 */
export function verifyDraft(
  draft: string,
  sources: Analysis[],
  resources: AnalyzerResources,
  options: Partial<VerifyOptions> = {},
): VerifyReport {
  checkDraft(draft);
  if (sources.length === 0) {
    throw new InputError('no sources to check the draft against', 'pass the story or its source articles');
  }
  const identity = options.identity ?? nameIdentity();
  const text = analysableText(draft);
  const read = readText(analyze(draftArticle(text), resources));
  const { quotes, figures, claims } = read.analysis;
  const against = readSources(sources);
  const items = [
    // Headlines in a trailing source list are not quotations of the draft.
    ...checkQuotes(
      read,
      quotes.filter((q) => q.span.start < read.bodyEnd),
      against,
      identity,
    ),
    ...checkFigures(read, figures, against, identity),
    ...checkClaims(read, claims, against, identity),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { items, summary: summarise(items) };
}

/** The draft as an article: its markup masked, no metadata. */
function draftArticle(text: string): Article {
  return {
    id: DRAFT_ID,
    url: null,
    title: '',
    outlet: null,
    published: null,
    language: 'en',
    text,
    sources: [],
  };
}

function checkDraft(draft: string): void {
  if (draft.trim() === '') throw new InputError('the draft is empty', 'pass a file with the text to check');
  let odd = 0;
  for (let i = 0; i < draft.length; i++) {
    const c = draft.charCodeAt(i);
    if (c === 0)
      throw new InputError('the draft is binary data, not text', 'pass a text, Markdown or HTML file');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd / draft.length > BINARY_SHARE) {
    throw new InputError('the draft is binary data, not text', 'pass a text, Markdown or HTML file');
  }
}

/** Counts of each verdict. */
function summarise(items: VerifyItem[]): Record<Verdict, number> {
  const summary: Record<Verdict, number> = { supported: 0, altered: 0, unsupported: 0, contradicted: 0 };
  for (const item of items) summary[item.verdict]++;
  return summary;
}

/** One line for humans: "12 items: 9 supported, 2 altered, 1 unsupported, 0 contradicted". */
export function summaryLine(report: VerifyReport): string {
  const s = report.summary;
  return `${report.items.length} items: ${s.supported} supported, ${s.altered} altered, ${s.unsupported} unsupported, ${s.contradicted} contradicted`;
}
