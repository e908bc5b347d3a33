/**
 * `npx tsx bench/brief-verify.ts [--data FILE]... [--min N]`: do the project's own briefs verify
 * clean? Ingests the examples and a real-news file (default PolNeAR dev) into temporary databases,
 * writes the brief of every story of at least `--min` articles (default 1) in Markdown and HTML (and,
 * to measure the gate, in Markdown without its verify gate), and verifies each against its own story as `dossier verify BRIEF --story ID` does. Reports the counts
 * per story size and every item that is not supported; exits 1 when there is one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefToHtml } from '../src/brief/html.js';
import { briefToMarkdown } from '../src/brief/markdown.js';
import { ingestBatch } from '../src/library/ingest-batch.js';
import { Library } from '../src/library/library.js';
import { sharedFile } from './shared.js';

/** One brief checked: its story, size and format, and the items verify did not support. */
export interface BriefCheck {
  data: string;
  storyId: string;
  title: string;
  articles: number;
  format: 'md' | 'html';
  /** Whether the brief went through its verify gate (`Library.brief`'s default) or was written without. */
  gated: boolean;
  items: number;
  bad: string[];
}

const EXAMPLES = resolve(import.meta.dirname, '..', 'examples');
/** More stories than any data set here has: every story is checked. */
const MAX_STORIES = 100_000;

/** Ingests `target` into a fresh database and checks every brief of its stories of `min` articles or more. */
export async function checkBriefs(target: string, min: number): Promise<BriefCheck[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-brief-verify-'));
  const library = await Library.open(join(dir, 'news.db'));
  try {
    await ingestBatch(library, [target]);
    const out: BriefCheck[] = [];
    for (const story of await library.store.listStories({ limit: MAX_STORIES })) {
      if (story.articleIds.length < min) continue;
      const sources = await library.verifySources(story.id);
      const ungated = (await library.brief(story.id, { check: null })).brief;
      const gated = (await library.brief(story.id)).brief;
      for (const [format, draft, isGated] of [
        ['md', briefToMarkdown(ungated), false],
        ['md', briefToMarkdown(gated), true],
        ['html', briefToHtml(gated), true],
      ] as const) {
        const report = library.verify(draft, sources);
        out.push({
          data: target,
          storyId: story.id,
          title: story.title,
          articles: story.articleIds.length,
          format,
          gated: isGated,
          items: report.items.length,
          bad: report.items
            .filter((i) => i.verdict !== 'supported')
            .map((i) => `${i.verdict} ${i.kind} “${i.text}”: ${i.note}`),
        });
      }
    }
    return out;
  } finally {
    await library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The summary lines: per data set and story size, briefs checked and clean, items and items not supported. */
export function summarise(checks: BriefCheck[]): string[] {
  const lines: string[] = [];
  const keyOf = (c: BriefCheck) => `${c.data}\t${Math.min(c.articles, 3)}\t${c.gated ? 'gated' : 'ungated'}`;
  for (const key of [...new Set(checks.map(keyOf))].sort()) {
    const [data, size, gate] = key.split('\t');
    const group = checks.filter((c) => keyOf(c) === key);
    const clean = group.filter((c) => c.bad.length === 0).length;
    const items = group.reduce((s, c) => s + c.items, 0);
    const bad = group.reduce((s, c) => s + c.bad.length, 0);
    lines.push(
      `${data}: stories of ${size === '3' ? '3 or more' : size} article(s), ${gate}: ${group.length} briefs, ` +
        `${clean} clean; ${items} items, ${bad} not supported`,
    );
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { data: { type: 'string', multiple: true }, min: { type: 'string', default: '1' } },
  });
  const targets = [EXAMPLES, ...(values.data ?? [sharedFile('data/quotes/polnear/dev.jsonl')])];
  const checks: BriefCheck[] = [];
  for (const t of targets) checks.push(...(await checkBriefs(t, Number(values.min))));
  for (const line of summarise(checks)) process.stdout.write(`${line}\n`);
  for (const c of checks.filter((c) => c.bad.length > 0))
    for (const b of c.bad)
      process.stdout.write(`  ${c.storyId} (${c.articles}, ${c.format}${c.gated ? '' : ', ungated'}) ${b}\n`);
  const failing = checks.filter((c) => c.gated && c.bad.length > 0);
  const stories3 = new Set(checks.filter((c) => c.articles >= 3).map((c) => `${c.data}:${c.storyId}`)).size;
  process.stdout.write(
    `${failing.length === 0 ? 'clean' : 'NOT clean'}: ${checks.filter((c) => c.gated).length} gated briefs (md, html), ` +
      `${failing.length} with items not supported; ` +
      `${stories3} stories of 3+ articles\n`,
  );
  process.exitCode = failing.length === 0 ? 0 : 1;
}
