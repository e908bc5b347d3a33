/**
 * The unlabelled news the word clusters are learnt from: the article texts of the shared data
 * sets (PolNeAR, ECB+, the extraction pages' bodies), tokenised as the analyser tokenises, one
 * token list per sentence. Held-out splits are not in ../shared/data and so never read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDoc } from '../../src/nlp/doc.js';

const JSONL_FILES = [
  'quotes/polnear/train.jsonl',
  'quotes/polnear/dev.jsonl',
  'clustering/ecbplus/train.jsonl',
  'clustering/ecbplus/dev.jsonl',
];
const BODIES_FILE = 'extraction/aeb-dev/ground-truth.json';

/** Every article text of the shared data under `dataDir`, in a fixed order; missing files are skipped. */
export function unlabelledTexts(dataDir: string): string[] {
  const texts: string[] = [];
  for (const file of JSONL_FILES) {
    const path = resolve(dataDir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim()) texts.push(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
    }
  }
  const bodies = resolve(dataDir, BODIES_FILE);
  if (existsSync(bodies)) {
    const pages = JSON.parse(readFileSync(bodies, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const id of Object.keys(pages).sort()) texts.push(pages[id].articleBody ?? '');
  }
  return texts;
}

/** Splits texts into sentences of token texts with the analyser's tokenizer and sentence splitter. */
export function sentencesOf(texts: readonly string[]): string[][] {
  return texts.flatMap((text) => {
    const doc = readDoc(text, null);
    return doc.sentences.map((s) => doc.tokens.slice(s.first, s.last).map((t) => t.text));
  });
}
