/** One sentence of a CoNLL column file: its words and, when labelled, their IOB2 tags. */
export interface ConllSentence {
  words: string[];
  tags: string[];
  /** The original lines, kept so predictions can be written next to them. */
  lines: string[];
}

/** A `-DOCSTART-` document: the unit of document-level features. */
export interface ConllDoc {
  sentences: ConllSentence[];
}

/**
 * Parses CoNLL-2003 column text (`word POS chunk NER`, blank line between sentences,
 * `-DOCSTART-` between documents). The NER tag is the last column; a file without tags gets 'O'.
 */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sentence: ConllSentence | null = null;
  const endSentence = () => {
    if (sentence && sentence.words.length > 0) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sentence);
    }
    sentence = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    sentence ??= { words: [], tags: [], lines: [] };
    sentence.words.push(cols[0]);
    sentence.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    sentence.lines.push(line);
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * Writes the data's lines with one predicted tag appended per token line, keeping the
 * `-DOCSTART-` and blank lines where they were.
 */
export function writeConllPredictions(text: string, predicted: string[][]): string {
  const out: string[] = [];
  let s = 0;
  let t = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      if (t > 0) {
        s++;
        t = 0;
      }
      out.push(line);
      continue;
    }
    out.push(`${line} ${predicted[s]?.[t] ?? 'O'}`);
    t++;
  }
  return out.join('\n');
}
