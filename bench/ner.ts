/**
 * NER benchmark: our tagger next to compromise (people/places/organizations) and wink-nlp
 * (wink-eng-lite-web-model, `doc.entities()`) on the same text in the same run: the CoNLL-2003
 * dev split, written out as plain text (tokens joined by spaces, one sentence a line, one
 * document per article). Throughput is per core: text bytes over CPU seconds of the pass. Our
 * figures: the tagger alone on the dev tokens, the entity stage (tagging, clean-up, resolution,
 * roles) on a read Doc, and the same from raw text. The entity stage's F1 sits below the
 * tagger's by design: it drops demonyms ("German"), which CoNLL counts as MISC. F1 is
 * exact-match entity F1 (conlleval) on the dev tokens; another system's entities are mapped to
 * the dev tokens by character offsets, and its types to ours as PERSON/people → PER,
 * places → LOC, organizations → ORG; compromise has no MISC, and none of wink's lite-model types
 * (CARDINAL, DATE, MONEY, …) is a name, so nothing of wink's maps and its F1 is 0 by construction.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { buildLexicon } from '../src/nlp/data/lexicon.js';
import { readDoc } from '../src/nlp/doc.js';
import { findEntities } from '../src/nlp/entities.js';
import { type ConllDoc, parseConll } from '../src/nlp/ner/conll.js';
import { loadNerModel } from '../src/nlp/ner/load.js';
import { findMentions } from '../src/nlp/ner/mentions.js';
import { scoreNer } from '../src/nlp/ner/score.js';
import { tagDocument } from '../src/nlp/ner/tagger.js';
import { MODELS_DIR } from '../src/resources.js';
import { sharedFile } from './shared.js';

const DEV = 'data/ner/conll2003/dev.txt';

/** A dev document as plain text, with every dev token's character span in it. */
interface BenchDoc {
  text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  offsets: [number, number][][];
  gold: string[][];
}

/** A typed character span found by a system. */
interface FoundName {
  type: string;
  start: number;
  end: number;
}

function toBenchDoc(doc: ConllDoc): BenchDoc {
  let text = '';
  const offsets = doc.sentences.map((s) => {
    const spans = s.words.map((w, i): [number, number] => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += w;
      return [start, text.length];
    });
    text += '\n';
    return spans;
  });
  return { text, offsets, gold: doc.sentences.map((s) => s.tags) };
}

/** IOB2 tags for the dev tokens from character spans: a name covers the tokens it overlaps. */
function tagsFromSpans(doc: BenchDoc, names: FoundName[]): string[][] {
  const tags = doc.offsets.map((s) => s.map(() => 'O'));
  for (const name of names) {
    let inside = false;
    doc.offsets.forEach((sentence, s) => {
      sentence.forEach(([start, end], t) => {
        if (start < name.end && end > name.start) {
          tags[s][t] = `${inside ? 'I' : 'B'}-${name.type}`;
          inside = true;
        }
      });
    });
  }
  return tags;
}

/** CPU seconds (the process's user + system time) of one pass of `work` over the documents. */
function cpuSeconds(docs: BenchDoc[], work: (doc: BenchDoc, index: number) => unknown): number {
  const before = process.cpuUsage();
  docs.forEach(work);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** Median of `rounds` timed passes after one warm-up pass. */
function medianSeconds(
  docs: BenchDoc[],
  work: (doc: BenchDoc, index: number) => unknown,
  rounds: number,
): number {
  cpuSeconds(docs, work);
  const times = Array.from({ length: rounds }, () => cpuSeconds(docs, work)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** Runs the NER comparison; returns the figures for `npm run bench` (see the file comment for the method). */
export async function benchNer(): Promise<Record<string, unknown>> {
  const conll = parseConll(readFileSync(sharedFile(DEV), 'utf8'));
  const docs = conll.map(toBenchDoc);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const tokens = conll.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  const gold = docs.flatMap((d) => d.gold);
  const ner = loadNerModel(MODELS_DIR);
  const lexicon = buildLexicon();
  const weights = ner.weights();
  const wink = winkNLP(model);

  const ours = (doc: BenchDoc): FoundName[] =>
    findMentions(readDoc(doc.text, null), weights).map((m) => ({
      type: m.type === 'PERSON' ? 'PER' : m.type,
      start: m.start,
      end: m.end,
    }));
  const compromise = (doc: BenchDoc): FoundName[] => {
    const parsed = nlp(doc.text);
    const found: FoundName[] = [];
    const add = (type: string, view: { json: (options: object) => unknown }) => {
      for (const item of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        found.push({ type, start: item.offset.start, end: item.offset.start + item.offset.length });
      }
    };
    add('PER', parsed.people());
    add('LOC', parsed.places());
    add('ORG', parsed.organizations());
    return found;
  };
  const winkPass = (doc: BenchDoc) =>
    wink.readDoc(doc.text).entities().out(wink.its.detail) as { type: string }[];
  const words = conll.map((d) => d.sentences.map((s) => s.words));
  const read = docs.map((d) => readDoc(d.text, null));
  const winkTypes = new Set(docs.flatMap((d) => winkPass(d).map((e) => e.type)));

  const rounds = 3;
  const seconds = {
    tagger: medianSeconds(docs, (_, i) => tagDocument(weights, words[i]), rounds),
    entities: medianSeconds(docs, (_, i) => findEntities(read[i], ner, lexicon), rounds),
    textAndEntities: medianSeconds(
      docs,
      (doc) => findEntities(readDoc(doc.text, null), ner, lexicon),
      rounds,
    ),
    compromise: medianSeconds(docs, compromise, rounds),
    wink: medianSeconds(docs, winkPass, rounds),
  };
  const speed = (s: number) => ({ tokensPerSec: Math.round(tokens / s), mbPerSec: r4(bytes / 1e6 / s) });
  const f1 = (tags: string[][]) => {
    const score = scoreNer(gold, tags);
    return { precision: r4(score.precision), recall: r4(score.recall), f1: r4(score.f1) };
  };
  return {
    text: { documents: docs.length, tokens, bytes, source: 'CoNLL-2003 dev, tokens joined by spaces' },
    method: 'CPU seconds per pass, median of 3 after a warm-up; F1 exact-match on the dev tokens',
    dossier: {
      tagger: { ...speed(seconds.tagger), ...f1(words.flatMap((w) => tagDocument(weights, w))) },
      // The entity stage as the pipeline runs it: on a Doc already read (tokens, sentences), like bench/run.ts.
      entityStage: { ...speed(seconds.entities), ...f1(docs.flatMap((d) => tagsFromSpans(d, ours(d)))) },
      // The same from raw text, tokenizer and sentence splitter included: the work compromise and wink do.
      textAndEntities: speed(seconds.textAndEntities),
    },
    compromise: { ...speed(seconds.compromise), ...f1(docs.flatMap((d) => tagsFromSpans(d, compromise(d)))) },
    wink: {
      ...speed(seconds.wink),
      // No wink type names a person, organisation, place or other name: nothing maps, so no entity is predicted.
      ...f1(docs.flatMap((d) => tagsFromSpans(d, []))),
      typesSeen: [...winkTypes].sort(),
    },
  };
}
