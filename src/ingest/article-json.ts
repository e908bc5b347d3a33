import { z } from 'zod';
import { InputError } from '../errors.js';
import { fragmentText } from '../extract/index.js';
import type { ArticleInput } from '../model/index.js';

const Field = z.string().max(10_000).nullish();

/**
 * One article as JSON, the shape `dossier analyze` documents: `{url, title, outlet, published, text}`.
 * `html` may stand in for `text` (it is rendered to paragraphs); `language` is optional.
 */
export const ArticleJson = z.object({
  url: Field,
  title: Field,
  outlet: Field,
  published: Field,
  language: Field,
  text: z.string().optional(),
  html: z.string().optional(),
});

/** Validates one untrusted JSON value as an article; `where` names the file (and line or index) for errors. */
export function articleFromJson(value: unknown, where: string): ArticleInput {
  const parsed = ArticleJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || 'the value';
    throw new InputError(
      `not an article object (${path}: ${issue?.message ?? 'invalid'})`,
      'give {url, title, outlet, published, text} with text a string',
      where,
    );
  }
  const { text, html, ...meta } = parsed.data;
  const body = text ?? (html !== undefined ? fragmentText(html) : '');
  return requireText({ ...meta, text: body, origin: where }, where);
}

/** Throws the "empty article" InputError when an article has no text. */
export function requireText(input: ArticleInput, where: string): ArticleInput {
  if (!input.text.trim())
    throw new InputError('empty article (no text)', 'give the article a body text, or remove it', where);
  return input;
}
