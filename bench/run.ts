/**
 * `npm run bench [-- --json]`: analysis throughput per stage on a fixed corpus, side by side in the
 * same run with a reference (compromise's people/places/organizations pass over the same text), so the
 * figures that matter are ratios, which a noisy shared machine disturbs far less than absolute speed.
 */
import nlp from 'compromise';
import { readAttribution } from '../src/nlp/attribution/context.js';
import { findClaims } from '../src/nlp/claims.js';
import { findDates } from '../src/nlp/dates.js';
import { readDoc } from '../src/nlp/doc.js';
import { findEntities } from '../src/nlp/entities.js';
import { findFigures } from '../src/nlp/figures.js';
import { analyze } from '../src/nlp/pipeline.js';
import { findQuotes } from '../src/nlp/quotes.js';
import { loadResources } from '../src/resources.js';
import { benchBrief } from './brief.js';
import { corpusBytes, loadBenchCorpus } from './corpus.js';
import { benchIngest } from './ingest.js';
import { measure, round, type StageFigures } from './measure.js';
import { benchNer } from './ner.js';

const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
};

const articles = loadBenchCorpus();
const bytes = corpusBytes(articles);
const resources = loadResources();
log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB (PolNeAR dev)`);

// Each stage is timed on inputs prepared by the earlier stages, so a stage's figure is its own cost.
const docs = articles.map((a) => readDoc(a.text, a.published));
const { lexicon } = resources;
const entities = docs.map((d) => findEntities(d, resources.ner, lexicon));
const contexts = docs.map((d, i) => readAttribution(d, entities[i], lexicon));
const stages: Record<string, StageFigures> = {
  analysis: measure(articles, (a) => analyze(a, resources), bytes),
  text: measure(articles, (a) => readDoc(a.text, a.published), bytes),
  entities: measure(docs, (d) => findEntities(d, resources.ner, lexicon), bytes),
  attribution: measure(docs, (d, i) => readAttribution(d, entities[i], lexicon), bytes),
  quotes: measure(contexts, (c) => findQuotes(c, resources.quotes), bytes),
  figures: measure(contexts, (c) => findFigures(c), bytes),
  claims: measure(contexts, (c) => findClaims(c), bytes),
  dates: measure(docs, (d) => findDates(d, lexicon), bytes),
};
const compromise = measure(
  articles,
  (a) => {
    const doc = nlp(a.text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  },
  bytes,
  3,
);

for (const [name, f] of Object.entries(stages)) {
  log(
    `${name.padEnd(10)} ${f.mbPerSec.toFixed(3).padStart(8)} MB/s  ${f.articlesPerSec.toFixed(1).padStart(8)} articles/s`,
  );
}
log(
  `${'compromise'.padEnd(10)} ${compromise.mbPerSec.toFixed(3).padStart(8)} MB/s  (reference: people/places/organizations)`,
);
const ratio = { analysisVsCompromise: round(stages.analysis.mbPerSec / compromise.mbPerSec) };
const quoteShare = round(stages.quotes.ms / stages.analysis.ms);
// Attribution (its index, quotes, figures and claims) as a share of the whole analysis: issue 14 caps it at 40 %.
const attributionShare = round(
  (stages.attribution.ms + stages.quotes.ms + stages.figures.ms + stages.claims.ms) / stages.analysis.ms,
);
log(
  `analysis vs compromise: ${ratio.analysisVsCompromise}×; quote stage = ${(quoteShare * 100).toFixed(1)}% of analysis; ` +
    `attribution index + quotes + figures + claims = ${(attributionShare * 100).toFixed(1)}%`,
);

log('\nNER on CoNLL-2003 dev (same text for all three):');
const ner = await benchNer();
for (const [name, figures] of Object.entries(ner)) {
  if (['text', 'method'].includes(name)) continue;
  log(`  ${name.padEnd(11)} ${JSON.stringify(figures)}`);
}

log('\nLedger and brief of a 50-article story:');
const brief = await benchBrief();
log(
  `  ledger ${brief.ledgerMs.toFixed(1)} ms, brief ${brief.briefMs.toFixed(1)} ms, total ${brief.totalMs.toFixed(1)} ms (${brief.articles} articles)`,
);

log('\nIngest (analysis on threads, placing and saving in order, SQLite):');
const ingest = await benchIngest();
log(
  `  ${Object.entries(ingest.articlesPerSec)
    .map(([jobs, rate]) => `--jobs ${jobs}: ${rate} articles/s`)
    .join(', ')} (${ingest.articles} articles, ${ingest.cores} cores, load ${ingest.loadBefore} before)`,
);

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      corpus: { articles: articles.length, bytes },
      stages,
      reference: { compromise },
      ratio: { ...ratio, quoteShareOfAnalysis: quoteShare, attributionShareOfAnalysis: attributionShare },
      ner,
      brief,
      ingest,
    })}\n`,
  );
}
