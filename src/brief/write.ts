import { InputError } from '../errors.js';
import type { Ledger } from '../ledger/index.js';
import type { Analysis, Story } from '../model/index.js';
import { overBudget } from './budget.js';
import { writeClaims } from './claims.js';
import { briefTitle, openWorkbench } from './context.js';
import { writeFigures } from './figures.js';
import { gateBrief, notesFor, withoutSentences } from './gate.js';
import { writeContext, writeLead } from './lead.js';
import { writeQuotes } from './quotes.js';
import { writeTimeline } from './timeline.js';
import { BRIEF_DEFAULTS, type Brief, type BriefOptions, type BriefSection } from './types.js';

/**
 * Writes the cited brief of a story from its articles' analyses and their ledger: extractive and
 * deterministic. Every sentence is a source sentence or an attribution built from sourced findings,
 * and carries the numbers of the articles that support it. Throws InputError for a story with no
 * articles; a story whose sources have no quotes or figures gets a brief without those sections.
 */
export function writeBrief(
  story: Pick<Story, 'id' | 'title'>,
  analyses: Analysis[],
  ledger: Ledger,
  options: Partial<BriefOptions> = {},
): Brief {
  if (analyses.length === 0) {
    throw new InputError(
      'the story has no articles',
      'add articles to the story before asking for its brief',
      story.id,
    );
  }
  const o = { ...BRIEF_DEFAULTS, ...options };
  const w = openWorkbench(analyses);
  // Order matters: each writer skips sentences an earlier one used, so the lead gets first pick.
  const sections = [
    writeLead(w),
    writeFigures(w, ledger.figures, o.maxFigureGroups),
    writeQuotes(w, ledger.quotes, o.maxQuotes),
    writeClaims(w, ledger.claims),
    writeContext(w, o.maxContext),
    writeTimeline(w, o.maxTimeline),
  ].filter((s): s is BriefSection => s !== null);
  const brief: Brief = {
    storyId: story.id,
    title: briefTitle(story.title),
    sections,
    sources: w.sources,
    quotes: w.quotes,
    figures: w.figures,
    notes: notesFor(analyses.length, sections),
  };
  const fitted = withoutSentences(brief, overBudget(sections, o.words));
  return o.check ? gateBrief(fitted, o.check).brief : fitted;
}
