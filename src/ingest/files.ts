import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleInput } from '../model/index.js';
import { articleFromJson } from './article-json.js';
import { readPlainText } from './byline.js';
import { decodeText } from './decode.js';
import { type FeedEntry, isJsonFeed, looksLikeXmlFeed, parseJsonFeed, parseXmlFeed } from './feeds.js';

/** One result of reading inputs: an article, or the error that one file, line or item gave. */
export type InputItem = { ok: true; input: ArticleInput } | { ok: false; error: InputError };

/** File name endings that hold articles; other files in a folder are skipped. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.xml',
  '.rss',
  '.atom',
]);

/** Options of `readInputs`; `READ_DEFAULTS` holds the defaults. */
export interface ReadOptions {
  /** Called after each file with (files done, files in all); a no-op by default. */
  progress: (done: number, total: number) => void;
  /** Files larger than this many bytes are refused (default 50 MB). */
  maxFileBytes: number;
}

/** Defaults of `readInputs`. */
export const READ_DEFAULTS: ReadOptions = { progress: () => {}, maxFileBytes: 50 * 1024 * 1024 };

/** A file to read; one found by walking a folder carries that folder, which it must not leave. */
export interface PlannedFile {
  path: string;
  /** The real path of the folder walked, or null for a file named directly. */
  root: string | null;
}

/** The files `paths` name, folders walked: the unit of `readInputs`' progress, plus one error per bad path. */
export interface InputPlan {
  files: PlannedFile[];
  errors: InputError[];
}

/**
 * Lists the article files under `paths`: files as given, folders walked recursively in sorted
 * order (hidden entries skipped). A folder is untrusted: a symlink in it that leads out of it is
 * not followed but reported. A missing path or a folder without articles is an error.
 */
export async function planInputs(paths: string[]): Promise<InputPlan> {
  const files: PlannedFile[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (err) {
      errors.push(fileError(path, err));
      continue;
    }
    if (!info.isDirectory()) {
      files.push({ path, root: null });
      continue;
    }
    const root = await realpath(path);
    const found = (await walk(path, root, new Set(), errors)).map((file) => ({ path: file, root }));
    if (found.length === 0) {
      errors.push(
        new InputError(
          `no article files (${[...ARTICLE_EXTENSIONS].join(' ')}) in this folder`,
          'point at a folder that holds articles',
          path,
        ),
      );
    }
    files.push(...found);
  }
  return { files, errors };
}

/** How many files `readInputs(paths)` will read: the total for a progress bar. */
export async function countInputs(paths: string[]): Promise<number> {
  return (await planInputs(paths)).files.length;
}

/**
 * Reads every article under `paths` (files and folders), one item per article or per error, in
 * a deterministic order. A bad file, JSONL line or feed item yields one error item and the rest
 * still come; nothing throws. `options.progress` is called after each file (see `countInputs`).
 */
export async function* readInputs(
  paths: string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<InputItem> {
  const opts = { ...READ_DEFAULTS, ...options };
  const plan = await planInputs(paths);
  for (const error of plan.errors) yield { ok: false, error };
  let done = 0;
  for (const { path: file, root } of plan.files) {
    let items: InputItem[];
    try {
      // Resolved again at reading: a link swapped in since the walk still cannot lead out.
      const real = await realpath(file);
      if (root !== null && !isInside(real, root)) throw linksOut(file, real);
      const info = await stat(real);
      if (info.size > opts.maxFileBytes) throw tooLarge(file, info.size, opts.maxFileBytes);
      items = parseInputFile(file, await readFile(real));
    } catch (err) {
      items = [{ ok: false, error: err instanceof InputError ? err : fileError(file, err) }];
    }
    yield* items;
    opts.progress(++done, plan.files.length);
  }
}

/**
 * Reads one article file (`dossier analyze`): text (first line may be the title), Markdown, HTML,
 * JSON, or the first article of a JSONL or feed file. Throws the InputError of the first bad article.
 */
export function readArticleFile(path: string, maxFileBytes = READ_DEFAULTS.maxFileBytes): ArticleInput {
  let bytes: Buffer;
  try {
    if (statSync(path).size > maxFileBytes) throw tooLarge(path, statSync(path).size, maxFileBytes);
    bytes = readFileSync(path);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  }
  const items = parseInputFile(path, bytes);
  const first = items.find((item) => item.ok) ?? items[0];
  if (!first) throw new InputError('no article in this file', 'give a file that holds an article', path);
  if (!first.ok) throw first.error;
  return first.input;
}

/** Turns one file's bytes into items, by extension (or by content for unknown extensions). Throws InputError for the whole file. */
export function parseInputFile(path: string, bytes: Uint8Array): InputItem[] {
  const text = decodeText(bytes, path);
  if (!text.trim()) throw new InputError('empty file', 'give the file an article, or remove it', path);
  switch (kindOf(path, text)) {
    case 'json':
      return jsonItems(text, path);
    case 'jsonl':
      return jsonlItems(text, path);
    case 'feed':
      return parseXmlFeed(text, path).map(feedItem);
    case 'html':
      return [htmlItem(text, path)];
    case 'markdown':
      return [{ ok: true, input: { text: stripMarkdown(text), origin: path } }];
    default:
      return [{ ok: true, input: readPlainText(text, path) }];
  }
}

type FileKind = 'json' | 'jsonl' | 'feed' | 'html' | 'markdown' | 'text';

function kindOf(path: string, text: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.rss' || ext === '.atom') return 'feed';
  if (ext === '.xml') return looksLikeXmlFeed(text) ? 'feed' : 'html';
  if (ext === '.html' || ext === '.htm') return looksLikeXmlFeed(text) ? 'feed' : 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  // Unknown endings (only reached for files named explicitly): sniff the content.
  if (looksLikeXmlFeed(text)) return 'feed';
  if (/^\s*</.test(text)) return 'html';
  return /^\s*[[{]/.test(text) ? 'json' : 'text';
}

function jsonItems(text: string, path: string): InputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`malformed JSON (${(err as Error).message})`, 'fix the JSON syntax', path);
  }
  if (isJsonFeed(value)) return parseJsonFeed(value, path).map(feedItem);
  if (Array.isArray(value)) {
    if (value.length === 0)
      throw new InputError('empty JSON array', 'give at least one article object', path);
    return value.map((v, i) => attempt(() => articleFromJson(v, `${path}[${i}]`)));
  }
  return [attempt(() => articleFromJson(value, path))];
}

function jsonlItems(text: string, path: string): InputItem[] {
  const items: InputItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    items.push(
      attempt(() => {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (err) {
          throw new InputError(
            `malformed JSON line (${(err as Error).message})`,
            'fix or delete this line',
            where,
          );
        }
        return articleFromJson(value, where);
      }),
    );
  }
  if (items.length === 0)
    throw new InputError('no JSON lines in this file', 'give one article object a line', path);
  return items;
}

function htmlItem(html: string, path: string): InputItem {
  const article = extractArticle(html);
  if (!article?.text.trim()) {
    return {
      ok: false,
      error: new InputError('no article text found in the page', 'check that it is an article page', path),
    };
  }
  return { ok: true, input: { ...article, origin: path } };
}

/** A feed entry becomes an article, or an "empty article" error when the feed gives no text for it. */
export function feedItem(entry: FeedEntry): InputItem {
  const { where, ...fields } = entry;
  if (!fields.text.trim()) {
    const hint = fields.url
      ? `ingest its link to fetch the page: dossier ingest ${fields.url}`
      : 'remove the item';
    return { ok: false, error: new InputError('feed item has no content (empty article)', hint, where) };
  }
  return { ok: true, input: { ...fields, origin: where } };
}

/** Markdown headings, emphasis and link targets are markup, not text: keep the words only. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2');
}

function attempt(read: () => ArticleInput): InputItem {
  try {
    return { ok: true, input: read() };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err };
    throw err;
  }
}

function tooLarge(path: string, size: number, limit: number): InputError {
  return new InputError(
    `file too large (${size} bytes, limit ${limit})`,
    'split it into smaller files',
    path,
  );
}

/** The InputError for a file the system could not open or read. */
function fileError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new InputError('no such file or folder', 'check the path', path);
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError('permission denied', 'check its permissions', path);
  if (code === 'EISDIR')
    return new InputError('is a folder', 'give a file, or pass the folder to `dossier ingest`', path);
  return new InputError(
    `cannot read (${code ?? (err as Error)?.message ?? 'unknown error'})`,
    'check the file',
    path,
  );
}

/**
 * Article files under `dir`, sorted; a subfolder that cannot be listed adds an error and the walk
 * goes on. A symlink is followed only when its target is inside `root` (a real path); a symlink loop is cut.
 */
async function walk(dir: string, root: string, seen: Set<string>, errors: InputError[]): Promise<string[]> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (err) {
    errors.push(fileError(dir, err));
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      if ((await lstat(path)).isSymbolicLink()) {
        const target = await realpath(path);
        if (!isInside(target, root)) {
          errors.push(linksOut(path, target));
          continue;
        }
      }
      info = await stat(path);
    } catch {
      continue; // A dangling symlink is not an article.
    }
    if (info.isDirectory()) out.push(...(await walk(path, root, seen, errors)));
    else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !isSidecar(name)) out.push(path);
  }
  return out;
}

/** True when the real path `path` is `root` or lies under it. */
function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function linksOut(path: string, target: string): InputError {
  return new InputError(
    `links outside the folder (to ${target}); not read`,
    'copy the file into the folder, or name it directly on the command line',
    path,
  );
}

/** Project files that sit beside articles in a folder (package.json, README); still read when named directly. */
function isSidecar(name: string): boolean {
  return /^(package(-lock)?\.json|tsconfig\.json|(readme|license|changelog|contributing)(\.\w+)?)$/i.test(
    basename(name),
  );
}
