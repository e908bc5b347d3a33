import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Library } from '../library/index.js';
import type { EntityProfile, NameCount } from '../model/index.js';
import { isoDay } from '../util/format.js';
import { articleView } from './article-page.js';
import { sendView, type ViewCache } from './cache.js';
import { spanParam } from './highlight.js';
import { clip, page } from './layout.js';
import { entityType, storyMark } from './params.js';
import { filteredSearch, searchFilters, searchView } from './search-page.js';
import { storyPage } from './story-page.js';

/** The web pages over one library: stories, a story's brief and ledger, articles, search. Every value shown is escaped (hono's `html`). */
export function pageRoutes(library: Library, cache: ViewCache): Hono {
  const pages = new Hono();

  pages.get('/', async (c) => {
    const stories = await library.store.listStories({ limit: 100 });
    return c.html(
      page(
        'Stories',
        html`<h1>Stories</h1>
${stories.length === 0 ? html`<p>No stories yet. Run <code>dossier ingest PATH</code>.</p>` : ''}
<ul class="list">${stories.map(
          (s) => html`<li><a href="/stories/${encodeURIComponent(s.id)}">${clip(s.title)}</a><br>
<small>${s.articleIds.length} articles · ${s.outlets.join(', ')} · ${isoDay(s.first)} → ${isoDay(s.last)}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  pages.get('/articles', async (c) => {
    const rows = await library.store.listArticles({ limit: 200 });
    return c.html(
      page(
        'Articles',
        html`<h1>Articles</h1><ul class="list">${rows.map(
          (a) => html`<li><a href="/articles/${encodeURIComponent(a.id)}">${clip(a.title)}</a><br>
<small>${a.outlet ?? '—'} · ${isoDay(a.published)}${a.version > 1 ? ` · version ${a.version}` : ''}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  pages.get('/articles/:id', async (c) => {
    const stored = await library.article(c.req.param('id'));
    const target = spanParam(c.req.query('at'), stored.analysis.article.text);
    return c.html(page(stored.article.title, articleView(stored.analysis, target)));
  });

  pages.get('/stories/:id', async (c) => {
    const mark = await storyMark(library, c.req.param('id'));
    const view = await cache.get(`page-story:${mark.id}`, mark.changes, async () => ({
      body: await storyPage(library, mark.id),
      contentType: 'text/html; charset=UTF-8',
    }));
    return sendView(c, view);
  });

  pages.get('/entities', async (c) => {
    const type = entityType(c.req.query('type'));
    const storyId = c.req.query('story') || undefined;
    const entities = await library.entities({ type, storyId, limit: 200 });
    const filter = (t: string) =>
      html`<a href="/entities?type=${t}${storyId ? `&story=${encodeURIComponent(storyId)}` : ''}">${t}</a>`;
    return c.html(
      page(
        'Entities',
        html`<h1>Entities</h1>
<p class="meta">Each person, organisation and place once across the archive, most linked first${storyId ? html` · story ${storyId}` : ''} ·
<a href="/entities">all</a> ${['PERSON', 'ORG', 'LOC', 'MISC'].map((t) => html`· ${filter(t)} `)}</p>
${entities.length === 0 ? html`<p>No entities yet. Run <code>dossier ingest PATH</code>.</p>` : ''}
<ul class="list">${entities.map(
          (
            e,
          ) => html`<li><a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a> <small>${e.type} · linked ${e.articles}× · ${e.stories.length} stories</small><br>
<small>${counted(
            e.aliases.filter((a) => a.name !== e.name),
            6,
          )}</small></li>`,
        )}</ul>`,
      ),
    );
  });

  pages.get('/entities/:nameOrId', async (c) => {
    const profile = await library.entity(c.req.param('nameOrId'));
    return c.html(page(profile.entity.name, entityView(profile)));
  });

  pages.get('/search', async (c) => {
    const filters = searchFilters(c.req.query());
    const hits = filters.q.trim() ? await filteredSearch(library, filters) : [];
    return c.html(page(`Search: ${filters.q}`, searchView(filters, hits)));
  });

  return pages;
}

/** "U.S. ×12, the United States ×3" */
function counted(list: readonly NameCount[], max: number): string {
  return list
    .slice(0, max)
    .map((a) => `${a.name} ×${a.count}`)
    .join(', ');
}

/** One entity: who it is, where the archive names it, and what it said and claimed. */
function entityView(p: EntityProfile) {
  const e = p.entity;
  const article = (id: string) => html`<a href="/articles/${encodeURIComponent(id)}">article</a>`;
  return html`<h1>${e.name}</h1>
<p class="meta">${e.type} · ${e.id} · seen ${isoDay(e.firstSeen)} → ${isoDay(e.lastSeen)} · linked ${e.articles}× · ${e.mentions} mentions</p>
<p><strong>Also written:</strong> ${counted(e.aliases, 20) || '—'}</p>
<p><strong>Roles:</strong> ${counted(e.roles, 10) || '—'}</p>
<p><strong>Stories:</strong> ${e.stories.map((s) => html`<a href="/stories/${encodeURIComponent(s)}">${s}</a> `)}</p>
${p.changes.length ? html`<p class="meta">${p.changes.map((ch) => html`${ch.kind}: ${ch.from} → ${ch.into} (${ch.evidence}; ${ch.note})<br>`)}</p>` : ''}
<h2>Quotes (${p.quotes.length})</h2>
<ul class="list">${p.quotes.slice(0, 50).map((q) => html`<li>“${q.quote.text}” <small>${article(q.articleId)}</small></li>`)}</ul>
<h2>Figures claimed (${p.figures.length})</h2>
<ul class="list">${p.figures.slice(0, 50).map((f) => html`<li>${f.figure.text}${f.figure.subject ? ` ${f.figure.subject}` : ''} <small>${article(f.articleId)}</small></li>`)}</ul>
<h2>Claims (${p.claims.length})</h2>
<ul class="list">${p.claims.slice(0, 50).map((cl) => html`<li>[${cl.claim.stance}] ${cl.claim.text} <small>${article(cl.articleId)}</small></li>`)}</ul>
<h2>How it was linked</h2>
<table><thead><tr><th>Article</th><th>Entity</th><th>Evidence</th><th>Matched</th></tr></thead><tbody>${p.links
    .slice(0, 200)
    .map(
      (l) =>
        html`<tr><td>${article(l.articleId)}</td><td>${l.entityId}</td><td>${l.evidence}</td><td>${l.matched ?? ''}</td></tr>`,
    )}</tbody></table>`;
}
