import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { EntityProfile, EntityType, NameCount } from '../../model/index.js';
import { isoDay } from '../../util/format.js';
import { noteCut, positiveInteger, print, printJson, shownQuote, withLibrary } from '../context.js';
import { examples } from '../help.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** "U.S. ×12, the United States ×3" */
function counted(list: readonly NameCount[], max = 6): string {
  const shown = list.slice(0, max).map((a) => `${a.name} ×${a.count}`);
  return list.length > max ? `${shown.join(', ')}, … (${list.length - max} more)` : shown.join(', ');
}

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .summary('people, organisations and places across the archive')
    .description(
      'list the entity registry: each person, organisation and place once across all articles, ' +
        'most linked first, with how many articles and stories name it.',
    )
    .option('--type <type>', `only one type: ${TYPES.join(', ')}`)
    .option('--story <id>', 'only the entities of one story')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('dossier entities --type PERSON', 'dossier entities --story story-b306609c9f549335 --json'),
    )
    .action(
      async (opts: { type?: string; story?: string; limit: string; json?: boolean }, command: Command) => {
        const type = opts.type?.toUpperCase() as EntityType | undefined;
        if (type && !TYPES.includes(type))
          throw new InputError(`unknown entity type "${opts.type}"`, `use one of ${TYPES.join(', ')}`);
        const limit = positiveInteger(opts.limit, '--limit', 10_000);
        await withLibrary(command, async (library) => {
          const entities = await library.entities({
            type,
            storyId: opts.story,
            limit,
          });
          noteCut(entities.length, limit, 'entities');
          if (opts.json) return printJson(entities);
          if (entities.length === 0) return print('no entities yet: run `dossier ingest PATH`');
          for (const e of entities) {
            print([
              `${e.id}  ${e.type}  ${e.name}  linked ${e.articles}×, ${e.stories.length} stor${e.stories.length === 1 ? 'y' : 'ies'}`,
              `    also: ${counted(e.aliases.filter((a) => a.name !== e.name)) || '—'}${e.roles.length ? `   roles: ${counted(e.roles, 3)}` : ''}`,
            ]);
          }
        });
      },
    );

  program
    .command('entity')
    .summary('one person, organisation or place: aliases, roles, stories, quotes, figures, claims')
    .description(
      'show one registry entity, found by its id or by any name the archive gives it ("U.S.", ' +
        '"American officials", "Lloyd Austin"): its aliases, roles and stories, how each article ' +
        'entity was linked to it, and the quotes it spoke, the figures and claims it made.',
    )
    .argument('<name-or-id>', 'a registry id (ent-…) or a name')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('dossier entity "Lloyd Austin"', 'dossier entity ent-country:US --json'))
    .action(async (nameOrId: string, opts: { json?: boolean }, command: Command) => {
      await withLibrary(command, async (library) => {
        const p = await library.entity(nameOrId);
        if (opts.json) return printJson(p);
        printProfile(p);
      });
    });
}

/** An entity's profile as text: who, where, how it was linked, then its quotes, figures and claims (20 of each). */
function printProfile(p: EntityProfile): void {
  const e = p.entity;
  print([
    `${e.name}  (${e.type}, ${e.id})`,
    `  seen ${isoDay(e.firstSeen)} → ${isoDay(e.lastSeen)} in ${e.articles} article entit${e.articles === 1 ? 'y' : 'ies'}, ${e.mentions} mentions`,
    `  aliases: ${counted(e.aliases, 12) || '—'}`,
    `  roles: ${counted(e.roles, 8) || '—'}`,
    `  stories: ${e.stories.join(', ') || '—'}`,
  ]);
  const evidence = new Map<string, number>();
  for (const l of p.links) evidence.set(l.evidence, (evidence.get(l.evidence) ?? 0) + 1);
  print(`  linked by: ${[...evidence].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  for (const c of p.changes) print(`  ${c.kind}: ${c.from} → ${c.into} (${c.evidence}; ${c.note})`);
  if (p.quotes.length) print(`QUOTES (${p.quotes.length})`);
  for (const { quote } of p.quotes.slice(0, 20)) print(`  ${shownQuote(quote.text, quote.kind)}`);
  if (p.figures.length) print(`FIGURES CLAIMED (${p.figures.length})`);
  for (const { figure } of p.figures.slice(0, 20))
    print(`  ${figure.text}${figure.subject ? ` ${figure.subject}` : ''}`);
  if (p.claims.length) print(`CLAIMS (${p.claims.length})`);
  for (const { claim } of p.claims.slice(0, 20)) print(`  [${claim.stance}] ${claim.text}`);
}
