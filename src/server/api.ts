import { Hono } from 'hono';
import { type BriefFormat, renderBrief } from '../brief/index.js';
import { DossierError } from '../errors.js';
import type { Library } from '../library/index.js';
import type { Analysis, VerifyReport } from '../model/index.js';
import { sendView, type ViewCache } from './cache.js';
import { analysisGate, bodyLimited } from './guards.js';
import { clip } from './layout.js';
import type { ServerOptions } from './options.js';
import { entityType, storyMark } from './params.js';
import type { TaskPool } from './pool.js';
import type { ComputeResult, ComputeTask } from './tasks.js';

/** What the API routes share: the library, the analysis threads, the rendered-view cache, the options. */
export interface ApiContext {
  library: Library;
  pool: TaskPool<ComputeTask, ComputeResult>;
  cache: ViewCache;
  options: ServerOptions;
}

/** The JSON API over one library, mounted at `/api`: it validates what it reads; the app answers its errors as JSON. */
export function apiRoutes({ library, pool, cache, options }: ApiContext): Hono {
  const api = new Hono();
  // The CPU-heavy routes: gated, their bodies limited as they stream in, their work on the threads.
  const heavy = [analysisGate(options), bodyLimited(options.maxBody)] as const;
  api.get('/articles', async (c) => {
    const rows = await library.store.listArticles({
      limit: intParam('limit', c.req.query('limit'), 50),
      offset: intParam('offset', c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER),
      since: c.req.query('since'),
    });
    // A listing's titles are cut at MAX_SHOWN characters (ending in "…"); the article route has the whole title.
    return c.json(rows.map((row) => ({ ...row, title: clip(row.title) })));
  });
  api.get('/articles/:id', async (c) => c.json(await library.article(c.req.param('id'))));
  api.get('/search', async (c) =>
    c.json(
      await library.store.search(c.req.query('q') ?? '', {
        limit: intParam('limit', c.req.query('limit'), 20),
      }),
    ),
  );
  api.get('/stories', async (c) =>
    c.json(
      await library.store.listStories({
        since: c.req.query('since'),
        limit: intParam('limit', c.req.query('limit'), 50),
      }),
    ),
  );
  api.get('/stories/:id', async (c) => {
    const mark = await storyMark(library, c.req.param('id'));
    const view = await cache.get(`api-story:${mark.id}`, mark.changes, async () => ({
      body: JSON.stringify(await library.storyView(mark.id)),
      contentType: 'application/json; charset=utf-8',
    }));
    return sendView(c, view);
  });
  api.get('/stories/:id/ledger', async (c) => {
    const mark = await storyMark(library, c.req.param('id'));
    const view = await cache.get(`api-ledger:${mark.id}`, mark.changes, async () => ({
      body: JSON.stringify(await library.ledger(mark.id)),
      contentType: 'application/json; charset=utf-8',
    }));
    return sendView(c, view);
  });
  api.get('/stories/:id/brief', async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (!['md', 'html', 'json'].includes(format)) {
      throw new DossierError(`unknown format "${format}"`, 'use format=md, html or json');
    }
    const mark = await storyMark(library, c.req.param('id'));
    const view = await cache.get(`api-brief-${format}:${mark.id}`, mark.changes, async () => {
      const { brief } = await library.brief(mark.id);
      const type = format === 'json' ? 'application/json' : `text/${format === 'md' ? 'markdown' : 'html'}`;
      return { body: renderBrief(brief, format as BriefFormat), contentType: `${type}; charset=utf-8` };
    });
    return sendView(c, view);
  });
  api.post('/stories/:id/verify', ...heavy, async (c) => {
    const draft = await bodyText(c.req.raw);
    // The sources `dossier verify --story` checks against: the story's articles and their earlier versions.
    const sources = await library.verifySources(c.req.param('id'));
    return c.json((await pool.run({ kind: 'verify', draft, sources })) as VerifyReport);
  });
  api.get('/entities', async (c) =>
    c.json(
      await library.entities({
        type: entityType(c.req.query('type')),
        storyId: c.req.query('story') || undefined,
        limit: intParam('limit', c.req.query('limit'), 50),
        offset: intParam('offset', c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER),
      }),
    ),
  );
  // Quotes by speaker, the same quote across outlets grouped (as `dossier quotes --json`).
  api.get('/quotes', async (c) =>
    c.json(
      await library.quotes({
        storyId: c.req.query('story') || undefined,
        speaker: c.req.query('speaker') || undefined,
        limit: intParam('articles', c.req.query('articles'), 300),
      }),
    ),
  );
  // Who confirms, denies, declines what in one story (the ledger's claims matrix).
  api.get('/stories/:id/claims', async (c) => c.json((await library.ledger(c.req.param('id'))).claims));
  // A registry id or any name the archive gives the entity ("U.S.", "American officials").
  api.get('/entities/:nameOrId', async (c) => c.json(await library.entity(c.req.param('nameOrId'))));
  api.post('/analyze', ...heavy, async (c) => {
    const text = await bodyText(c.req.raw);
    const input = { text, title: c.req.query('title') ?? null };
    return c.json((await pool.run({ kind: 'analyze', input })) as Analysis);
  });
  return api;
}

/** The request body as text (its size already limited by `bodyLimited`); an empty body is the caller's error. */
async function bodyText(request: Request): Promise<string> {
  const text = await request.text();
  if (!text.trim()) throw new DossierError('empty request body', 'send the article text as the body');
  return text;
}

/** Most rows one listing answers (`limit`); past it, page with `offset`. */
export const MAX_LIMIT = 1000;

/**
 * A whole-number query parameter from `min` to `max`, or `fallback` when absent. Anything else is a
 * 400 naming the parameter: a silently ignored `limit=lots` reads as if the API had obeyed it.
 */
export function intParam(
  name: string,
  value: string | undefined,
  fallback: number,
  min = 1,
  max = MAX_LIMIT,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new DossierError(
      `${name} must be a whole number from ${min} to ${max} (got "${value}")`,
      `e.g. ${name}=${fallback}`,
    );
  return n;
}
