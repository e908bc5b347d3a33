import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { briefToHtml } from '../brief/index.js';
import type { Library } from '../library/library.js';
import type { Analysis } from '../model/index.js';
import { httpUrl, isoDay } from '../util/format.js';
import { highlight, type Mark } from './highlight.js';
import { page } from './layout.js';

/** The web pages over one library: stories, a story's brief and ledger, articles, search. Every value shown is escaped (hono's `html`). */
export function pageRoutes(library: Library): Hono {
  const pages = new Hono();

  pages.get('/', async (c) => {
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

  pages.get('/articles', async (c) => {
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

  pages.get('/articles/:id', async (c) => {
    const stored = await library.article(c.req.param('id'));
    return c.html(page(stored.article.title, articleView(stored.analysis)));
  });

  pages.get('/stories/:id', async (c) => {
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

  pages.get('/search', async (c) => {
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

  return pages;
}

/** An article's text with its quotes (quoted and reported) and figures marked. */
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
