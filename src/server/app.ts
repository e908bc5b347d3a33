import { Hono } from 'hono';
import { html } from 'hono/html';
import { DossierError, NotFoundError } from '../errors.js';
import type { Library } from '../library/index.js';
import { apiRoutes } from './api.js';
import { page } from './layout.js';
import { pageRoutes } from './pages.js';

/**
 * The JSON API (`/api/...`, api.ts) and the web pages (pages.ts) over one library. Errors of either
 * are answered here: as JSON under `/api/`, as a page elsewhere.
 */
export function createApp(library: Library): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    const status = err instanceof NotFoundError ? 404 : err instanceof DossierError ? 400 : 500;
    const message = err instanceof DossierError ? err.message : 'internal error';
    if (c.req.path.startsWith('/api/')) return c.json({ error: message }, status);
    return c.html(page('Error', html`<h1>Error</h1><p>${message}</p>`), status);
  });

  app.route('/api', apiRoutes(library));
  app.route('/', pageRoutes(library));
  return app;
}
