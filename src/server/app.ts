import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { type BriefFormat, briefToHtml, renderBrief } from '../brief/index.js';
import { DossierError, NotFoundError } from '../errors.js';
import type { Library } from '../library/library.js';
import type { Analysis } from '../model/index.js';
import { httpUrl, isoDay } from '../util/format.js';
import { highlight, type Mark } from './highlight.js';
import { page } from './layout.js';

/** Largest request body the API accepts (analyze and verify take article-sized texts). */
const MAX_BODY = 2_000_000;

/**
 * The JSON API (`/api/...`) and the web pages over one library. Pages escape every value they show
 * (hono's `html` template); the API validates what it reads and answers errors as JSON.
 */
export function createApp(library: Library): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    const status = err instanceof NotFoundError ? 404 : err instanceof DossierError ? 400 : 500;
    const message = err instanceof DossierError ? err.message : 'internal error';
    if (c.req.path.startsWith('/api/')) return c.json({ error: message }, status);
    return c.html(page('Error', html`<h1>Error</h1><p>${message}</p>`), status);
  });

  app.get('/api/articles', async (c) =>
    c.json(
      await library.store.listArticles({
        limit: intParam(c.req.query('limit'), 50),
        since: c.req.query('since'),
      }),
    ),
  );
  app.get('/api/articles/:id', async (c) => c.json(await articleOr404(library, c.req.param('id'))));
  app.get('/api/search', async (c) =>
    c.json(await library.store.search(c.req.query('q') ?? '', { limit: 20 })),
  );
  app.get('/api/stories', async (c) =>
    c.json(
      await library.store.listStories({
        since: c.req.query('since'),
        limit: intParam(c.req.query('limit'), 50),
      }),
    ),
  );
  app.get('/api/stories/:id', async (c) => {
    const story = await library.store.getStory(c.req.param('id'));
    if (!story)
      throw new NotFoundError('no such story', 'list stories with GET /api/stories', c.req.param('id'));
    return c.json(story);
  });
  app.get('/api/stories/:id/ledger', async (c) => c.json(await library.ledger(c.req.param('id'))));
  app.get('/api/stories/:id/brief', async (c) => {
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
  app.post('/api/stories/:id/verify', async (c) => {
    const draft = await bodyText(c.req.raw);
    const { analyses } = await library.storyWithAnalyses(c.req.param('id'));
    return c.json(library.verify(draft, analyses));
  });
  app.post('/api/analyze', async (c) => {
    const text = await bodyText(c.req.raw);
    return c.json(library.analyze({ text, title: c.req.query('title') ?? null }));
  });

  app.get('/', async (c) => {
    const stories = await library.store.listStories({ limit: 100 });
    return c.html(
      page(
        'Stories',
        html`<h1>Stories</h1>
${stories.length === 0 ? html`<p>No stories yet. Run <code>dossier ingest PATH</code>.</p>` : ''}
<ul class="list">${stories.map(
          (s) => html`<li><a href="/stories/${encodeURIComponent(s.id)}">${s.title}</a><br>
<small>${s.articleIds.length} articles · ${s.outlets.join(', ')} · ${isoDay(s.first)} → ${isoDay(s.last)}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  app.get('/articles', async (c) => {
    const rows = await library.store.listArticles({ limit: 200 });
    return c.html(
      page(
        'Articles',
        html`<h1>Articles</h1><ul class="list">${rows.map(
          (a) => html`<li><a href="/articles/${encodeURIComponent(a.id)}">${a.title}</a><br>
<small>${a.outlet ?? '—'} · ${isoDay(a.published)}${a.version > 1 ? ` · version ${a.version}` : ''}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  app.get('/articles/:id', async (c) => {
    const stored = await articleOr404(library, c.req.param('id'));
    return c.html(page(stored.article.title, articleView(stored.analysis)));
  });

  app.get('/stories/:id', async (c) => {
    const { story, analyses } = await library.storyWithAnalyses(c.req.param('id'));
    const { brief } = await library.brief(story.id);
    const ledger = await library.ledger(story.id);
    return c.html(
      page(
        story.title,
        html`<p class="meta">${story.articleIds.length} articles · ${story.outlets.join(', ')} · ${isoDay(story.first)} → ${isoDay(story.last)}
· <a href="/api/stories/${encodeURIComponent(story.id)}/brief?format=md">Markdown</a></p>
${raw(briefToHtml(brief))}
<h2>Ledger: figures</h2>
<table class="ledger"><thead><tr><th>What</th><th>Label</th><th>Figures (claimant, outlet)</th></tr></thead><tbody>${ledger.figures.map(
          (g) =>
            html`<tr class="${g.label}"><td>${g.subject}</td><td>${g.label}</td><td>${g.figures.map(
              (f) => html`${f.text} (${f.claimant ?? 'no claimant'}, ${f.outlet ?? '?'})<br>`,
            )}${g.total ? html`<strong>${g.total.text}</strong>` : ''}</td></tr>`,
        )}</tbody></table>
<h2>Articles</h2>
<ul class="list">${analyses.map(
          (a) =>
            html`<li><a href="/articles/${encodeURIComponent(a.article.id)}">${a.article.title}</a> <small>${a.article.outlet ?? '—'} · ${isoDay(a.article.published)}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  app.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const hits = q.trim() ? await library.store.search(q, { limit: 30 }) : [];
    return c.html(
      page(
        `Search: ${q}`,
        html`<h1>Search</h1><p class="meta">${hits.length} results for “${q}”</p><ul class="list">${hits.map(
          (h) =>
            html`<li><a href="/articles/${encodeURIComponent(h.articleId)}">${h.title}</a><br><small>${h.snippet}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  return app;
}

function articleView(analysis: Analysis) {
  const { article } = analysis;
  const marks: Mark[] = [
    // A quote split by its cue is marked part by part, so "said Victor Cha" stays unmarked.
    ...analysis.quotes.flatMap((q) =>
      (q.fragments ?? [q.span]).map((part) => ({
        ...part,
        kind: q.kind === 'indirect' ? 'reported' : 'quote',
        title: `${q.kind} quote: ${q.speaker?.name ?? 'unknown speaker'}`,
      })),
    ),
    ...analysis.figures.map((f) => ({
      ...f.span,
      kind: 'figure',
      title: `${f.qualifier} ${f.value} ${f.unit ?? ''}`,
    })),
  ];
  const segments = highlight(article.text, marks);
  return html`<h1>${article.title}</h1>
<p class="meta">${article.outlet ?? '—'} · ${isoDay(article.published)}${article.url ? html` · <a href="${httpUrl(article.url) ?? '#'}" rel="noopener noreferrer">source</a>` : ''}</p>
<p class="meta">${analysis.entities.length} entities · ${analysis.quotes.length} quotes · ${analysis.figures.length} figures · ${analysis.claims.length} claims ·
<mark class="quote">quoted</mark> <mark class="reported">reported speech</mark> <mark class="figure">figure</mark></p>
<div class="article-text">${segments.map((s) => (s.mark ? html`<mark class="${s.mark.kind}" title="${s.mark.title}">${s.text}</mark>` : s.text))}</div>`;
}

async function articleOr404(library: Library, id: string) {
  const stored = await library.store.getArticle(id);
  if (!stored) throw new NotFoundError('no such article', 'list articles with GET /api/articles', id);
  return stored;
}

async function bodyText(request: Request): Promise<string> {
  const text = await request.text();
  if (text.length > MAX_BODY)
    throw new DossierError('request body too large', `send at most ${MAX_BODY} characters`);
  if (!text.trim()) throw new DossierError('empty request body', 'send the article text as the body');
  return text;
}

function intParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : fallback;
}
