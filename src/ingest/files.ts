import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { extractArticle } from '../extract/html.js';
import type { ArticleInput } from '../model/index.js';

/** Reads one article file (.txt, .html, .json) into an ArticleInput (first cut; issue 3 refines it). */
export function readArticleFile(path: string): ArticleInput {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read file (${(err as NodeJS.ErrnoException).code})`, 'check the path', path);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const obj = JSON.parse(raw) as ArticleInput;
    return { ...obj, origin: path };
  }
  if (ext === '.html' || ext === '.htm') {
    const article = extractArticle(raw);
    if (!article) throw new InputError('no article text found in the page', 'check that it is an article page', path);
    return { ...article, origin: path };
  }
  return { text: raw, origin: path };
}
