import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readJsonlFile } from './data-file.js';
import { type PolnearArticle, readPolnear } from './polnear.js';

/**
 * The project's real-news figures gold (test/gold/real-figures/): spans into PolNeAR articles,
 * never their text. Each file's format is defined in that folder's README.
 */

const qualifier = z.enum(['exact', 'approx', 'atLeast', 'atMost', 'range']);
const source = z.enum(['train', 'dev']);

const annotation = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  value: z.number().finite(),
  low: z.number().finite().nullable(),
  high: z.number().finite().nullable(),
  qualifier,
  increment: z.boolean(),
  unit: z.string().min(1).nullable(),
  subject: z.string().min(1),
  claimant: z.string().min(1).nullable(),
};

const goldFigure = z.object({ id: z.string().min(1), ...annotation }).strict();

const goldSentence = z
  .object({
    id: z.string().min(1),
    article: z.string().min(1),
    source,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    figures: z.array(goldFigure),
  })
  .strict();

const pairSide = z
  .object({
    article: z.string().min(1),
    source,
    sentence: z.tuple([z.number().int(), z.number().int()]),
    ...annotation,
  })
  .strict();

export const PAIR_LABELS = ['agreeing', 'conflicting', 'updated', 'increment', 'unrelated'] as const;

const goldPair = z
  .object({
    id: z.string().min(1),
    split: z.enum(['dev', 'check']),
    sameMeasure: z.boolean(),
    label: z.enum(PAIR_LABELS),
    note: z.string(),
    a: pairSide,
    b: pairSide,
  })
  .strict();

/** One gold figure: where it is in its article and what it should read as. */
export type RealGoldFigure = z.infer<typeof goldFigure>;
/** One chosen sentence of an article and every figure in it (none for a negative sentence). */
export type RealGoldSentence = z.infer<typeof goldSentence>;
/** One side of a gold pair: a figure with its article and sentence. */
export type PairSide = z.infer<typeof pairSide>;
/** Two figures from real stories, labelled by how they relate. */
export type RealGoldPair = z.infer<typeof goldPair>;
export type PairLabel = (typeof PAIR_LABELS)[number];

function readJsonl<T>(path: string, schema: z.ZodType<T>, what: string): T[] {
  return readJsonlFile(path, {
    what: `the ${what} file`,
    hint: 'pass one of the files in test/gold/real-figures/',
    schema,
    line: `a ${what} line`,
    format: 'see test/gold/real-figures/README.md for the format',
  });
}

/** Reads a real-figures gold file (dev.jsonl or check.jsonl), validating every line. */
export function readRealFigureGold(path: string): RealGoldSentence[] {
  return readJsonl(path, goldSentence, 'real-figures gold');
}

/**
 * Reads the figure-pairs gold. `path#dev` or `path#check` keeps one split, so that scoring the dev
 * pairs never prints the check pairs.
 */
export function readPairGold(spec: string): { path: string; split: string | null; pairs: RealGoldPair[] } {
  const [path, split = null] = spec.split('#');
  if (split !== null && split !== 'dev' && split !== 'check') {
    throw new InputError(
      `unknown split "${split}"`,
      'end the path with #dev or #check, or with nothing for both',
      spec,
    );
  }
  const pairs = readJsonl(path, goldPair, 'figure-pairs gold').filter(
    (p) => split === null || p.split === split,
  );
  return { path, split, pairs };
}

/** Whether a JSONL file holds the real-figures format (lines point into articles) rather than sentences. */
export function isRealFigureGold(path: string): boolean {
  let first: unknown;
  try {
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((l) => l.trim() !== '' && !l.startsWith('//'));
    first = line ? JSON.parse(line) : null;
  } catch {
    return false;
  }
  return typeof first === 'object' && first !== null && 'article' in first && 'source' in first;
}

/** Where PolNeAR's JSONL files are: $DOSSIER_POLNEAR, else ../shared/data/quotes/polnear beside the repo. */
export function polnearDir(): string {
  const fromEnv = process.env.DOSSIER_POLNEAR;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repoRoot, '..', 'shared', 'data', 'quotes', 'polnear');
}

/**
 * The PolNeAR articles the gold points into, by id. Throws an InputError naming the folder when the
 * data is absent (the gold stores offsets only) and naming the id when an article is missing.
 */
export function loadGoldArticles(
  refs: { article: string; source: 'train' | 'dev' }[],
  dir: string = polnearDir(),
): Map<string, PolnearArticle> {
  const sources = new Set(refs.map((r) => r.source));
  const byId = new Map<string, PolnearArticle>();
  const sourceOf = new Map<string, string>();
  for (const s of sources) {
    const file = join(dir, `${s}.jsonl`);
    if (!existsSync(file)) {
      throw new InputError(
        'the PolNeAR article texts are not there',
        'the real-figures gold stores offsets, not text: put PolNeAR train.jsonl and dev.jsonl in ../shared/data/quotes/polnear or set DOSSIER_POLNEAR to their folder',
        file,
      );
    }
    for (const a of readPolnear(file)) {
      byId.set(a.id, a);
      sourceOf.set(a.id, s);
    }
  }
  for (const r of refs) {
    if (sourceOf.get(r.article) !== r.source) {
      throw new InputError(
        `article ${r.article} is not in PolNeAR ${r.source}.jsonl`,
        'the gold was written against PolNeAR v1.0.0; check the data folder',
        dir,
      );
    }
  }
  return byId;
}

/** Problems with a gold figure's span in its article text; empty when the span slices to its text. */
export function spanProblems(
  where: string,
  text: string,
  sentence: [number, number],
  f: { start: number; end: number; text: string },
): string[] {
  const out: string[] = [];
  const [s, e] = sentence;
  if (!(s < e && e <= text.length)) out.push(`${where}: sentence [${s}, ${e}) is outside the article`);
  if (!(s <= f.start && f.start < f.end && f.end <= e))
    out.push(`${where}: figure [${f.start}, ${f.end}) is outside its sentence`);
  else if (text.slice(f.start, f.end) !== f.text)
    out.push(`${where}: the span reads "${text.slice(f.start, f.end)}", not "${f.text}"`);
  return out;
}
