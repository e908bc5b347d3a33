import { Hono } from 'hono';
import { type BriefFormat, renderBrief } from '../brief/index.js';
import { DossierError, NotFoundError } from '../errors.js';
import type { Library } from '../library/index.js';
import { entityType } from './params.js';

/** Largest request body the API accepts (analyze and verify take article-sized texts). */
const MAX_BODY = 2_000_000;

/** The JSON API over one library, mounted at `/api`: it validates what it reads; the app answers its errors as JSON. */
export function apiRoutes(library: Library): Hono {
  const api = new Hono();
  api.get('/articles', async (c) =>
    c.json(
      await library.store.listArticles({
        limit: intParam(c.req.query('limit'), 50),
        since: c.req.query('since'),
      }),
    ),
  );
  api.get('/articles/:id', async (c) => c.json(await library.article(c.req.param('id'))));
  api.get('/search', async (c) => c.json(await library.store.search(c.req.query('q') ?? '', { limit: 20 })));
  api.get('/stories', async (c) =>
    c.json(
      await library.store.listStories({
        since: c.req.query('since'),
        limit: intParam(c.req.query('limit'), 50),
      }),
    ),
  );
  api.get('/stories/:id', async (c) => {
    const story = await library.store.getStory(c.req.param('id'));
    if (!story)
      throw new NotFoundError('no such story', 'list stories with GET /api/stories', c.req.param('id'));
    return c.json(story);
  });
  api.get('/stories/:id/ledger', async (c) => c.json(await library.ledger(c.req.param('id'))));
  api.get('/stories/:id/brief', async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (!['md', 'html', 'json'].includes(format)) {
      throw new DossierError(`unknown format "${format}"`, 'use format=md, html or json');
    }
    const { brief } = await library.brief(c.req.param('id'));
    const body = renderBrief(brief, format as BriefFormat);
    if (format === 'json') return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
    return c.body(body, 200, {
      'content-type': `text/${format === 'md' ? 'markdown' : 'html'}; charset=utf-8`,
    });
  });
  api.post('/stories/:id/verify', async (c) => {
    const draft = await bodyText(c.req.raw);
    const { analyses } = await library.storyWithAnalyses(c.req.param('id'));
    return c.json(library.verify(draft, analyses));
  });
  api.get('/entities', async (c) =>
    c.json(
      await library.entities({
        type: entityType(c.req.query('type')),
        storyId: c.req.query('story') || undefined,
        limit: intParam(c.req.query('limit'), 50),
        offset: intParam(c.req.query('offset'), 0),
      }),
    ),
  );
  // A registry id or any name the archive gives the entity ("U.S.", "American officials").
  api.get('/entities/:nameOrId', async (c) => c.json(await library.entity(c.req.param('nameOrId'))));
  api.post('/analyze', async (c) => {
    const text = await bodyText(c.req.raw);
    return c.json(library.analyze({ text, title: c.req.query('title') ?? null }));
  });
  return api;
}

/** The request body as text; an empty or oversized body is the caller's error. */
async function bodyText(request: Request): Promise<string> {
  const text = await request.text();
  if (text.length > MAX_BODY)
    throw new DossierError('request body too large', `send at most ${MAX_BODY} characters`);
  if (!text.trim()) throw new DossierError('empty request body', 'send the article text as the body');
  return text;
}

/** A positive integer query parameter (at most 1000), else the default. */
function intParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : fallback;
}
