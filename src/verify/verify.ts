import { type Identity, inReportingOrder, nameIdentity } from '../compare/index.js';
import { InputError } from '../errors.js';
import type { Analysis, Article, Span, Stance, Verdict, VerifyItem, VerifyReport } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import { checkAttributions, type Retold } from './attribution.js';
import { checkClaims } from './claims.js';
import { checkFigures } from './figures.js';
import { analysableText } from './markup.js';
import { checkQuotes } from './quotes.js';
import { readSources, readText } from './sources.js';

/** Share of control or replacement characters above which a draft is taken for binary data. */
const BINARY_SHARE = 0.01;
/**
 * The longest draft verify reads, in characters (about 3 MB of text): a 2 MB draft takes about
 * half a minute on one core, linear in its length; a longer one is refused rather than left to run.
 */
export const MAX_DRAFT_CHARS = 3_000_000;
/** A source with fewer words than this is no article (a navigation page, an error page). */
const MIN_SOURCE_WORDS = 10;
/** The id the draft goes by while it is analysed and checked (it is never stored). */
const DRAFT_ID = 'draft';

/** Options of `verifyDraft`. */
export interface VerifyOptions {
  /**
   * Builds the decision whether the draft's speaker or claimant is the source's, over the sources
   * (in reporting order) and then the analysed draft: `identityOver` links them all with the
   * entity registry. Default: by name (`nameIdentity`).
   */
  identify: (analyses: Analysis[]) => Identity;
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
  for (const s of sources) checkSource(s);
  const text = analysableText(draft);
  const read = readText(analyze(draftArticle(text), resources));
  const identify = options.identify ?? (() => nameIdentity());
  const identity = identify([...inReportingOrder(sources), read.analysis]);
  const { quotes, figures, claims } = read.analysis;
  const against = readSources(sources);
  // A trailing source list cites the sources: its headlines are not quotations or claims of the
  // draft, but a number in a headline must still be the source's.
  const inBody = <T extends { span: Span }>(x: T) => x.span.start < read.bodyEnd;
  const claimItems = checkClaims(read, claims.filter(inBody), against, identity);
  const { cues } = resources.lexicon;
  // A cue word's stance, from the claim finder's own lexicon: "denied" denies, "declined" declines.
  const stanceOf = (word: string): Stance | null =>
    cues.stance.get(word) ?? (cues.refusing.has(word) ? 'declines' : null);
  const retold = checkAttributions(read, against, identity, stanceOf);
  const items = [
    ...checkQuotes(read, quotes.filter(inBody), against, identity),
    ...checkFigures(read, figures, against, identity),
    ...mergeAttributions(claimItems, retold),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { items, summary: summarise(items) };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One verdict per attribution: a copied sentence found altered joins the claim item whose clause
 * holds its changed words (which becomes altered if it was supported) rather than standing beside it.
 */
function mergeAttributions(claims: VerifyItem[], retold: Retold[]): VerifyItem[] {
  const out = claims.map((c) => ({ ...c }));
  for (const r of retold) {
    const claim = out.find((c) => r.changed.some((at) => overlaps(c.span, at)));
    if (!claim) out.push(r.item);
    else if (claim.verdict === 'supported') {
      Object.assign(claim, { verdict: r.item.verdict, source: r.item.source, note: r.item.note });
    } else claim.note = `${claim.note}; ${r.item.note}`;
  }
  return out;
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
  if (draft.length > MAX_DRAFT_CHARS) {
    throw new InputError(
      `the draft is ${draft.length.toLocaleString('en-US')} characters; verify reads at most ${MAX_DRAFT_CHARS.toLocaleString('en-US')}`,
      'split the draft and check each part against the same sources',
    );
  }
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

/** A source must be an article: some text to check against, not an empty or navigation page. */
function checkSource(source: Analysis): void {
  const words = source.article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_SOURCE_WORDS) {
    const { url, title, id } = source.article;
    throw new InputError(
      `the source has no article text (${words} words)`,
      'pass article files or a story; a page without an article body cannot support anything',
      url ?? (title || id),
    );
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
