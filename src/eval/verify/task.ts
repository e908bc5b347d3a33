import { writeFileSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { toArticle } from '../../ingest/article.js';
import type { Analysis, VerifyReport } from '../../model/index.js';
import { analyze } from '../../nlp/pipeline.js';
import { identityOver } from '../../registry/index.js';
import { loadPlaces, loadResources } from '../../resources.js';
import { hashId } from '../../util/hash.js';
import { verifyDraft } from '../../verify/index.js';
import { readPolnear } from '../polnear.js';
import type { EvalOptions, EvalReport } from '../task.js';
import { type Draft, draftsOf, PERTURBATION_KINDS } from './perturb.js';
import { scoreVerify, type VerifyScore } from './score.js';

/** The parts of the benchmark: `tune` is looked at while verify is improved, `check` is scored once at the end. */
export const PARTS = ['tune', 'check'] as const;
type Part = (typeof PARTS)[number];

/** One article in this many is in the check part (chosen by a hash of its id). */
const CHECK_EVERY = 4;

/** Which part an article belongs to: fixed by its id, whatever else is in the file. */
export function partOf(articleId: string): Part {
  return Number.parseInt(hashId(`verify-check:${articleId}`, 8), 16) % CHECK_EVERY === 0 ? 'check' : 'tune';
}

/**
 * `dossier eval verify --data ../shared/data/quotes/polnear/dev.jsonl [--part tune|check]`: the
 * perturbation benchmark. Each PolNeAR article is a source; drafts copy it unchanged or with one
 * planted error (./perturb.ts); each draft is verified against its article and the two articles
 * beside it in the file (distractors of the same outlet and days). Reports the share of each kind
 * of error caught and the false alarms on everything else.
 */
export async function evalVerify(options: EvalOptions): Promise<EvalReport> {
  const part = parsePart(options.part);
  const all = readPolnear(options.data);
  const resources = loadResources();
  // Speakers and claimants by registry identity, as `dossier verify` decides them.
  const places = loadPlaces();
  const identify = (analyses: Analysis[]) => identityOver(analyses, places);
  const analyses = all.map((a) =>
    analyze(toArticle({ title: a.title, text: a.text, published: a.published, outlet: a.outlet }), resources),
  );
  const chosen = all.map((a, i) => ({ a, i })).filter(({ a }) => !part || partOf(a.id) === part);
  const drafts = chosen.flatMap(({ a, i }) =>
    draftsOf(a).map((draft) => ({ draft, sources: sourcesFor(analyses, i) })),
  );
  const runs: { draft: Draft; report: VerifyReport; part: Part }[] = [];
  for (const [n, { draft, sources }] of drafts.entries()) {
    const report = verifyDraft(draft.text, sources, resources, { identify });
    runs.push({ draft, report, part: partOf(draft.articleId) });
    options.progress(n + 1, drafts.length);
  }
  if (options.predictions) writePredictions(options.predictions, runs);
  const scores = (part ? [part] : [...PARTS]).map((p) => ({
    p,
    score: scoreVerify(runs.filter((r) => r.part === p)),
  }));
  const overall = scoreVerify(runs);
  return {
    task: 'verify',
    metrics: {
      part: part ?? 'all',
      articles: chosen.length,
      drafts: runs.length,
      ...metricsOf(overall),
      ...(part ? {} : Object.fromEntries(scores.map(({ p, score }) => [p, metricsOf(score)]))),
    },
    lines: [
      `verify perturbation benchmark on ${options.data}: ${chosen.length} articles, ${runs.length} drafts` +
        `${part ? ` (part ${part})` : ''}`,
      ...(part ? [] : scores.flatMap(({ p, score }) => [`part ${p}:`, ...linesOf(score)])),
      ...(part ? [] : ['all:']),
      ...linesOf(overall),
    ],
  };
}

function parsePart(part: string | undefined): Part | null {
  if (part === undefined) return null;
  if ((PARTS as readonly string[]).includes(part)) return part as Part;
  throw new InputError(`unknown part "${part}"`, `use one of: ${PARTS.join(', ')}`);
}

/** The draft's own article first, then the articles beside it in the file. */
function sourcesFor(analyses: Analysis[], i: number): Analysis[] {
  return [analyses[i], analyses[i - 1], analyses[i + 1]].filter((a): a is Analysis => a !== undefined);
}

function metricsOf(s: VerifyScore) {
  return {
    caught: Object.fromEntries(PERTURBATION_KINDS.map((k) => [k, round(s.caught[k].share)])),
    planted: Object.fromEntries(PERTURBATION_KINDS.map((k) => [k, s.caught[k].planted])),
    falseAlarmRate: round(s.falseAlarmRate),
    falseAlarms: s.falseAlarms,
    untouchedItems: s.untouchedItems,
    cleanDrafts: s.cleanDrafts.clean,
    untouchedDrafts: s.cleanDrafts.total,
  };
}

function linesOf(s: VerifyScore): string[] {
  return [
    ...PERTURBATION_KINDS.map(
      (k) =>
        `  ${k.padEnd(14)} caught ${s.caught[k].share.toFixed(3)} (${s.caught[k].caught}/${s.caught[k].planted})`,
    ),
    `  false alarms   ${(100 * s.falseAlarmRate).toFixed(2)} % of untouched items (${s.falseAlarms}/${s.untouchedItems}); ` +
      `untouched drafts fully supported ${s.cleanDrafts.clean}/${s.cleanDrafts.total}`,
  ];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** One JSON line per draft: what was planted where, and verify's items, for an independent scorer. */
function writePredictions(path: string, runs: { draft: Draft; report: VerifyReport }[]): void {
  const lines = runs.map(({ draft, report }) =>
    JSON.stringify({
      id: draft.id,
      articleId: draft.articleId,
      kind: draft.kind,
      change: draft.change,
      target: draft.target,
      items: report.items.map((i) => ({
        kind: i.kind,
        verdict: i.verdict,
        span: i.span,
        text: i.text,
        note: i.note,
      })),
    }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
}
