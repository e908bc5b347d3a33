import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import { readDataFile } from './data-file.js';
import { aggregate, type PageScore, scorePage } from './shingles.js';
import type { EvalOptions, EvalReport } from './task.js';

const GroundTruth = z.record(
  z.string(),
  z.object({ articleBody: z.string().optional(), url: z.string().optional() }),
);
type GroundTruth = z.infer<typeof GroundTruth>;

/**
 * Scores HTML extraction on an Article Extraction Benchmark folder (`html/<id>.html.gz` +
 * `ground-truth.json`) with the benchmark's shingle metric; `--predictions` writes `{id: {articleBody}}`.
 */
export async function evalExtract(options: EvalOptions): Promise<EvalReport> {
  const truth = readGroundTruth(options.data);
  const ids = Object.keys(truth).sort();
  const files = listPages(options.data);
  const predictions: Record<string, { articleBody: string }> = {};
  const pages: PageScore[] = [];
  let done = 0;
  for (const id of ids) {
    const html = readPage(options.data, files, id);
    const body = html === null ? '' : (extractArticle(html, truth[id].url ?? null)?.text ?? '');
    predictions[id] = { articleBody: body };
    pages.push(scorePage(truth[id].articleBody ?? '', body));
    options.progress(++done, ids.length);
  }
  if (options.predictions) writeFileSync(options.predictions, `${JSON.stringify(predictions, null, 1)}\n`);
  const m = aggregate(pages);
  const f = (x: number) => x.toFixed(3);
  return {
    task: 'extract',
    metrics: { f1: m.f1, precision: m.precision, recall: m.recall, accuracy: m.accuracy, pages: m.pages },
    lines: [
      `extract on ${options.data}: ${m.pages} pages`,
      `F1 ${f(m.f1)}  precision ${f(m.precision)}  recall ${f(m.recall)}  accuracy ${f(m.accuracy)}`,
    ],
  };
}

function readGroundTruth(folder: string): GroundTruth {
  const path = join(folder, 'ground-truth.json');
  const raw = readDataFile(
    path,
    'the ground truth',
    'pass --data a benchmark folder (html/ + ground-truth.json)',
  );
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`malformed JSON (${(err as Error).message})`, 'check the file', path);
  }
  const parsed = GroundTruth.safeParse(json);
  if (!parsed.success) {
    throw new InputError('not {id: {articleBody, url}}', 'pass the benchmark ground truth file', path);
  }
  return parsed.data;
}

function listPages(folder: string): Set<string> {
  try {
    return new Set(readdirSync(join(folder, 'html')));
  } catch {
    throw new InputError(
      'no html/ folder here',
      'pass --data a benchmark folder (html/ + ground-truth.json)',
      folder,
    );
  }
}

/** Reads `html/<id>.html.gz` (or a plain `html/<id>.html`); null when neither exists, which scores as an empty prediction. */
function readPage(folder: string, names: Set<string>, id: string): string | null {
  const dir = join(folder, 'html');
  if (names.has(`${id}.html.gz`))
    return gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8');
  if (names.has(`${id}.html`)) return readFileSync(join(dir, `${id}.html`), 'utf8');
  return null;
}
