import type { Claim, Stance } from '../model/index.js';
import { analyzeGold, type GoldLine, normalizePhrase, readGold, scoreBySplit, type Tally } from './gold.js';
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

/**
 * Scores claims on a gold JSONL set (test/gold/claims.jsonl): a predicted claim matches a gold one
 * when its cue contains the gold cue word and its clause covers that word; stance and claimant are
 * scored over all gold claims (a missed claim is wrong on both), per split and overall. Sentences
 * with no gold claim ("did not deny") count any predicted claim against precision.
 */
export async function evalClaims(options: EvalOptions): Promise<EvalReport> {
  const run = analyzeGold();
  return scoreBySplit(readGold<ClaimLine>(options.data, 'claims'), options, {
    task: 'claims',
    items: 'claims',
    predict: (line) => run(line).claims,
    score: scoreLine,
    checks: ['stance', 'claimant'],
    columns: 'stance  claimant',
  });
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
