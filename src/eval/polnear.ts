import { z } from 'zod';
import { readJsonlFile } from './data-file.js';

const part = z.object({
  start: z.number().int(),
  end: z.number().int(),
  fragments: z.array(z.tuple([z.number().int(), z.number().int()])),
  text: z.string(),
});

const attribution = z.object({
  content: part,
  source: part.nullable(),
  cue: part.nullable(),
  quoted: z.enum(['full', 'partial', 'none']),
});

const article = z.object({
  id: z.string(),
  outlet: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string(),
  attributions: z.array(attribution),
});

/** One annotated part (source, cue or content) of a PolNeAR attribution. */
export type PolnearPart = z.infer<typeof part>;
/** One PolNeAR attribution: who (source), how (cue), what (content). */
export type PolnearAttribution = z.infer<typeof attribution>;
/** One PolNeAR article with its attributions. */
export type PolnearArticle = z.infer<typeof article>;

/** Reads a PolNeAR JSONL file (one article a line), validating every line. */
export function readPolnear(path: string): PolnearArticle[] {
  return readJsonlFile(path, {
    what: 'the PolNeAR file',
    hint: 'pass --data a JSONL file such as ../shared/data/quotes/polnear/dev.jsonl',
    schema: article,
    line: 'a PolNeAR article',
    format: 'see the data README for the format',
  });
}
