import { writeFileSync } from 'node:fs';
import type { Claim, Stance } from '../model/index.js';
import { analyzeGold, type GoldLine, normalizePhrase, ratio, readGold, splitsOf } from './gold.js';
import type { EvalOptions, EvalReport } from './task.js';

/** A gold claim: the cue word as written in the sentence, its stance and claimant. */
interface GoldClaim {
  cue: string;
  stance: Stance;
  claimant: string | null;
}

interface ClaimLine extends GoldLine {
  claims: GoldClaim[];
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  stance: number;
  claimant: number;
}

/**
 * Scores claims on a gold JSONL set (test/gold/claims.jsonl): a predicted claim matches a gold one
 * when its cue contains the gold cue word and its clause covers that word; stance and claimant are
 * scored over all gold claims (a missed claim is wrong on both), per split and overall. Sentences
 * with no gold claim ("did not deny") count any predicted claim against precision.
 */
export async function evalClaims(options: EvalOptions): Promise<EvalReport> {
  const lines = readGold<ClaimLine>(options.data, 'claims');
  const run = analyzeGold();
  const tallies = new Map<string, Tally>();
  const predictions: string[] = [];
  const misses: string[] = [];
  lines.forEach((line, n) => {
    const predicted = run(line).claims;
    const tally = scoreLine(line, predicted, misses);
    for (const split of [line.split, 'all']) {
      const sum = tallies.get(split);
      if (!sum) tallies.set(split, { ...tally });
      else for (const k of Object.keys(tally) as (keyof Tally)[]) sum[k] += tally[k];
    }
    predictions.push(JSON.stringify({ id: line.id, claims: predicted }));
    options.progress(n + 1, lines.length);
  });
  if (options.predictions) writeFileSync(options.predictions, `${predictions.join('\n')}\n`);
  const metrics: Record<string, unknown> = {};
  const out = [
    `claims on ${options.data}: ${lines.length} sentences`,
    'split     gold  P       R       stance  claimant',
  ];
  for (const split of splitsOf(lines)) {
    const t = tallies.get(split);
    if (!t) continue;
    const m = {
      claims: t.gold,
      predicted: t.predicted,
      precision: ratio(t.matched, t.predicted),
      recall: ratio(t.matched, t.gold),
      stance: ratio(t.stance, t.gold),
      claimant: ratio(t.claimant, t.gold),
    };
    metrics[split] = m;
    out.push(
      `${split.padEnd(8)} ${String(t.gold).padStart(5)}  ${[m.precision, m.recall, m.stance, m.claimant].map((x) => x.toFixed(4)).join('  ')}`,
    );
  }
  return { task: 'claims', metrics, lines: out.concat(misses.length ? ['errors:', ...misses] : []) };
}

function scoreLine(line: ClaimLine, predicted: Claim[], misses: string[]): Tally {
  const t: Tally = {
    gold: line.claims.length,
    predicted: predicted.length,
    matched: 0,
    stance: 0,
    claimant: 0,
  };
  const used = new Set<Claim>();
  for (const g of line.claims) {
    const at = line.text.indexOf(g.cue);
    const cue = g.cue.toLowerCase();
    const p = predicted.find((c) => {
      const clause = c.clause ?? c.span;
      return (
        !used.has(c) && (c.cue ?? '').toLowerCase().includes(cue) && clause.start <= at && at < clause.end
      );
    });
    if (!p) {
      misses.push(`${line.split} ${line.id} missed "${g.cue}"`);
      continue;
    }
    used.add(p);
    t.matched++;
    if (p.stance === g.stance) t.stance++;
    else misses.push(`${line.split} ${line.id} stance "${g.cue}": got ${p.stance}, want ${g.stance}`);
    if (normalizePhrase(p.claimant) === normalizePhrase(g.claimant)) t.claimant++;
    else
      misses.push(
        `${line.split} ${line.id} claimant "${g.cue}": got ${JSON.stringify(p.claimant)}, want ${JSON.stringify(g.claimant)}`,
      );
  }
  for (const p of predicted)
    if (!used.has(p)) misses.push(`${line.split} ${line.id} spurious ${p.stance} "${p.cue}"`);
  return t;
}
