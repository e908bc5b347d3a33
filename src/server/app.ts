import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { html } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import { DossierError, NotFoundError } from '../errors.js';
import type { Library } from '../library/index.js';
import { apiRoutes } from './api.js';
import { ViewCache } from './cache.js';
import { BusyError, HttpError } from './errors.js';
import { hostGuard, originGuard, securityHeaders } from './guards.js';
import { page, STYLE } from './layout.js';
import { SERVER_DEFAULTS, type ServerOptions } from './options.js';
import { pageRoutes } from './pages.js';
import { computePool } from './tasks.js';
import { workspaceRoutes } from './workspace.js';

/** An error as the server answers it: its status, what went wrong and what to do. */
function answerOf(err: Error): { status: number; error: string; hint: string } {
  if (err instanceof HttpError) return { status: err.status, error: err.message, hint: err.hint };
  if (err instanceof NotFoundError) return { status: 404, error: err.message, hint: err.hint };
  if (err instanceof DossierError) return { status: 400, error: err.message, hint: err.hint };
  if (err instanceof HTTPException && err.status < 500)
    return {
      status: err.status,
      error: err.message || 'bad request',
      hint: 'check the request against /api/openapi.json',
    };
  // Anything else is a bug: its message may hold internals, so the client gets none of it.
  return {
    status: 500,
    error: 'internal error',
    hint: 'try again; if it persists, report it with the request',
  };
}

/**
 * The JSON API (`/api/...`, api.ts) and the web pages (pages.ts) over one library, behind the guards
 * of guards.ts: loopback Host names only unless allowed, security headers on every answer, no
 * cross-site POST, CORS only for the origins given. Errors of either are answered here: as JSON under
 * `/api/`, as a page elsewhere, never with a stack trace.
 */
export function createApp(library: Library, options: Partial<ServerOptions> = {}): Hono {
  const settings: ServerOptions = {
    ...SERVER_DEFAULTS,
    ...options,
    pool: { ...SERVER_DEFAULTS.pool, ...options.pool },
  };
  const app = new Hono();
  app.use(securityHeaders());
  app.use(hostGuard(settings.allowedHosts));
  if (settings.cors.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: settings.cors,
        allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
        exposeHeaders: ['ETag', 'Retry-After'],
      }),
    );
  }
  app.use(originGuard(settings.cors));

  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.onError((err, c) => {
    const { status, error, hint } = answerOf(err);
    if (err instanceof BusyError) c.header('Retry-After', String(err.retryAfter));
    if (isApi(c.req.path)) return c.json({ error, hint }, status as 400);
    return c.html(
      page('Error', html`<h1>Error</h1><p>${error}</p><p class="meta">${hint}</p>`),
      status as 400,
    );
  });
  app.notFound((c) => {
    if (isApi(c.req.path)) {
      return c.json(
        {
          error: `no route ${c.req.method} ${c.req.path}`,
          hint: 'the routes are listed at /api/openapi.json',
        },
        404,
      );
    }
    return c.html(page('Not found', html`<h1>Not found</h1><p>No page at ${c.req.path}.</p>`), 404);
  });

  app.get('/style.css', (c) =>
    c.body(STYLE, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }),
  );
  const cache = new ViewCache(settings.cachedViews);
  const pool = computePool(settings.pool);
  app.route('/api', apiRoutes({ library, pool, cache, options: settings }));
  app.route('/', workspaceRoutes({ library, pool, options: settings }));
  app.route('/', pageRoutes(library, cache));
  return app;
}
