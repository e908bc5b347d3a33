import type { Span } from '../model/index.js';

/** One source of the speaker gold (`test/gold/speakers/*.jsonl`): who a pronoun or description refers to. */
export interface SpeakerGoldItem {
  id: string;
  source: Span & { text: string };
  kind: 'pronoun' | 'description';
  /** The named referent as the article writes it, a group label, or null when unresolvable. */
  referent: string | null;
  type: 'entity' | 'group' | null;
  /** The referent's nearest mention (for a group, the phrase that introduced it), or null. */
  antecedent: (Span & { text: string }) | null;
}

/** The pipeline's speaker for a matched quote: its name, its mention, and the mentions of its entity. */
export interface PredictedSpeaker {
  name: string;
  span: Span;
  /** Every mention of the resolved entity in the article; empty when the speaker has no entity. */
  entityMentions: Span[];
}

const TITLES = new Set(
  'Mr Mrs Ms Dr Sen Rep Gov Gen Lt Rev Del President Secretary Senator Governor Judge Justice Chief Vice Former'.split(
    ' ',
  ),
);
const WORD = /[^\p{L}\p{N}'’.-]+/u;
const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const bare = (w: string) => w.replace(/^[.'’-]+|[.'’-]+$/g, '');

/** The words of a name, split as the quote metric splits them, without surrounding punctuation. */
export function nameWords(name: string): string[] {
  return name.split(WORD).map(bare).filter(Boolean);
}

/** The words that identify a named referent: its capitalised words but titles, or all its words when none is capitalised. */
export function referentWords(referent: string): string[] {
  const words = nameWords(referent);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.replace(/\.$/, '')));
  return capitalised.length > 0 ? capitalised : words.map((w) => w.toLowerCase());
}

const CUT = new Set(['of', 'in', 'on', 'from', 'who', 'with', 'at', 'to', 'for', 'about', 'including']);
const singular = (w: string) =>
  w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/s$/, '');

/** A group label's head word: its last word before a preposition or relative clause, lower case, singular. */
export function groupHead(label: string): string {
  const words = nameWords(label.replace(/\([^)]*\)/g, ' '));
  const cut = words.findIndex((w, i) => i > 0 && CUT.has(w.toLowerCase()));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
  return singular(head);
}

/**
 * Whether the predicted speaker resolves to the gold referent (the rule in test/gold/speakers/README.md):
 * a named referent by an identifying word in the predicted name or by the same entity (a mention of the
 * predicted entity overlaps the gold antecedent); a group by its head word, by the antecedent, or, for a
 * description source, by keeping that description.
 */
export function resolvesTo(predicted: PredictedSpeaker | null, gold: SpeakerGoldItem): boolean {
  if (!predicted || gold.referent === null) return false;
  const ante = gold.antecedent;
  if (ante && (overlaps(predicted.span, ante) || predicted.entityMentions.some((m) => overlaps(m, ante))))
    return true;
  const words = nameWords(predicted.name);
  if (gold.type === 'group') {
    // A description of no named entity is the best name its speaker has: keeping it is resolving it.
    if (gold.kind === 'description' && overlaps(predicted.span, gold.source)) return true;
    const head = groupHead(gold.referent);
    return head !== '' && words.some((w) => singular(w) === head);
  }
  const wanted = referentWords(gold.referent);
  const lowered = new Set(words.map((w) => w.toLowerCase()));
  return wanted.some((w) => (/^\p{Lu}/u.test(w) ? words.includes(w) : lowered.has(w)));
}

/** Scored and resolved counts, one cell of the report. */
export interface Cell {
  scored: number;
  resolved: number;
}

/** The report's cells: all, by source kind, by quoted vs reported, and the four crossings. */
export type SpeakerTally = Record<
  | 'all'
  | 'pronoun'
  | 'description'
  | 'quoted'
  | 'reported'
  | 'pronounQuoted'
  | 'pronounReported'
  | 'descriptionQuoted'
  | 'descriptionReported',
  Cell
>;

export function emptyTally(): SpeakerTally {
  const cell = () => ({ scored: 0, resolved: 0 });
  return {
    all: cell(),
    pronoun: cell(),
    description: cell(),
    quoted: cell(),
    reported: cell(),
    pronounQuoted: cell(),
    pronounReported: cell(),
    descriptionQuoted: cell(),
    descriptionReported: cell(),
  };
}

/** Adds one matched attribution (its gold source, whether its content is quoted, whether it resolved). */
export function tallyAttribution(
  tally: SpeakerTally,
  kind: SpeakerGoldItem['kind'],
  quoted: boolean,
  ok: boolean,
) {
  const how = quoted ? 'Quoted' : 'Reported';
  for (const key of ['all', kind, how.toLowerCase(), `${kind}${how}`] as Array<keyof SpeakerTally>) {
    tally[key].scored++;
    if (ok) tally[key].resolved++;
  }
}

/** A cell's share resolved, rounded to four places; 0 when nothing was scored. */
export function share(cell: Cell): number {
  return cell.scored === 0 ? 0 : Math.round((cell.resolved / cell.scored) * 10000) / 10000;
}
