import type { Token } from '../../model/index.js';
import type { Context } from './exclusions.js';
import { isContentWord, isDeterminer, isVerbModifier, phraseLeft } from './phrase.js';

/** A subject built from words of the sentence: its text and the tokens it is read from. */
export interface BuiltSubject {
  text: string;
  first: number;
  last: number;
}

/** How far before a figure its money verb may sit ("raised roughly $15 million", "gave a total $5 million"). */
const VERB_WINDOW = 4;

/**
 * Money raised, spent, given: "Mr. Cruz raised $11.9 million" → "money raised by Mr. Cruz"; "$1 million
 * more was donated by Friends of Saudi Arabia" → "money donated by Friends of Saudi Arabia". What is
 * counted is the money, whoever moved it; the mover is its scope.
 */
export function moneySubject(ctx: Context, first: number, last: number): BuiltSubject | null {
  return moneyVerbBefore(ctx, first) ?? moneyVerbAfter(ctx, last);
}

function moneyVerbBefore(ctx: Context, first: number): BuiltSubject | null {
  const { tokens, lex } = ctx;
  const verbs = lex.figures.moneyVerbs;
  for (let k = first - 1; k >= ctx.first && first - k <= VERB_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote') return null;
    const w = t.text.toLowerCase();
    // "raised to $15", "up from $90": a change of a level, not money moved.
    if (w === 'to' || w === 'from') return null;
    // "took in", "hauled in", "burning through": a particle after the verb.
    const particle =
      lex.figures.moneyParticles.has(w) && k > ctx.first ? tokens[k - 1].text.toLowerCase() : null;
    const verb = particle !== null && verbs.has(particle) ? k - 1 : verbs.has(w) ? k : -1;
    if (verb < 0) continue;
    const gerund = verbs.get(tokens[verb].text.toLowerCase()) ?? '';
    const agent = agentBefore(ctx, verb);
    const by = agent ? ` by ${agent.text}` : '';
    return { text: `money ${gerund}${by}`, first: agent?.first ?? verb, last: first };
  }
  return null;
}

/** "$1 million more was donated by Friends of Saudi Arabia". */
function moneyVerbAfter(ctx: Context, last: number): BuiltSubject | null {
  const { tokens, lex, end } = ctx;
  let k = last;
  while (k < end && lex.phrases.be.has(tokens[k].text.toLowerCase())) k++;
  if (k === last || k >= end) return null;
  const participle = lex.figures.moneyVerbs.get(tokens[k].text.toLowerCase());
  if (!participle) return null;
  const byAt = k + 1 < end && tokens[k + 1].text.toLowerCase() === 'by' ? k + 2 : -1;
  const agent = byAt > 0 ? agentAfter(ctx, byAt) : null;
  return { text: `money ${participle}${agent ? ` by ${agent}` : ''}`, first: last, last: k + 1 };
}

/** The noun phrase doing the verb at `verb`, over auxiliaries and adverbs ("he had previously given"). */
function agentBefore(ctx: Context, verb: number): BuiltSubject | null {
  const { tokens, lex } = ctx;
  let k = verb;
  while (k > ctx.first && isVerbModifier(tokens[k - 1], lex)) k--;
  const first = phraseLeft(tokens, k, ctx.first, lex);
  if (first < k && isContentWord(tokens[k - 1], lex)) return spanText(ctx, tokens, first, k);
  // "he raised", "it contributed": a pronoun is the agent as written.
  const pronoun = k > ctx.first ? tokens[k - 1] : null;
  return pronoun && lex.phrases.pronouns.has(pronoun.text.toLowerCase())
    ? { text: pronoun.text, first: k - 1, last: k }
    : null;
}

function agentAfter(ctx: Context, at: number): string | null {
  const { tokens, lex, end } = ctx;
  let k = at;
  while (k < end && (isContentWord(tokens[k], lex) || (k > at && tokens[k].text === 'of')) && k - at < 8) k++;
  if (k > at && tokens[k - 1].text === 'of') k--;
  return k > at ? ctx.text.slice(tokens[at].start, tokens[k - 1].end) : null;
}

/** The words as written; an opening determiner in lower case ("The fund has raised" → "the fund"). */
function spanText(ctx: Context, tokens: Token[], first: number, last: number): BuiltSubject {
  const text = ctx.text.slice(tokens[first].start, tokens[last - 1].end);
  const det = isDeterminer(tokens[first], ctx.lex) && first < last - 1;
  return { text: det ? text[0].toLowerCase() + text.slice(1) : text, first, last };
}
