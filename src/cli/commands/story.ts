import type { Command } from 'commander';
import { isoDay } from '../../util/format.js';
import { print, printJson, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerStory(program: Command): void {
  program
    .command('story')
    .description(
      'show one story: its articles and outlets, key entities, and a timeline of what was reported when',
    )
    .argument('<id>', 'story id (see `dossier stories`)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('dossier story story-b306609c9f549335', 'dossier story story-b306609c9f549335 --json'),
    )
    .action(async (id: string, opts: { json?: boolean }, command: Command) => {
      await withLibrary(command, async (library) => {
        const view = await library.storyView(id);
        const { merges, revisions } = view;
        if (opts.json) return printJson(view);
        print([
          `${view.title}`,
          `${view.id} · ${isoDay(view.first)} → ${isoDay(view.last)} · ${view.articles.length} articles`,
          '',
        ]);
        print('Articles:');
        for (const a of view.articles)
          print(`  ${isoDay(a.published)}  ${(a.outlet ?? '—').padEnd(26).slice(0, 26)}  ${a.title}`);
        print([
          '',
          `Key entities: ${view.keyEntities.map((e) => `${e.name} (${e.mentions})`).join(', ') || '—'}`,
          '',
        ]);
        print('Timeline:');
        for (const e of view.timeline) print(`  ${e.date.slice(0, 10)}  ${e.text}  — ${e.outlet ?? '?'}`);
        for (const r of revisions) {
          print(['', `Revised (version ${r.version}): ${r.title}`, ...r.changes.map((c) => `  ${c}`)]);
        }
        for (const m of merges) print(`  merged: ${m.from} into ${m.into} (similarity ${m.score}, ${m.at})`);
      });
    });
}
