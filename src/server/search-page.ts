import { html } from 'hono/html';
import { DossierError } from '../errors.js';
import type { Library } from '../library/index.js';
import type { SearchHit } from '../store/index.js';
import { isoDay } from '../util/format.js';
import { clip } from './layout.js';

/** The search page's query and filters, as the form sends them. */
export interface SearchFilters {
  q: string;
  outlet: string;
  since: string;
  until: string;
  entity: string;
}

/** Hits shown; the filters are applied to the best SEARCH_POOL matches. */
const SHOWN = 30;
const SEARCH_POOL = 500;

/** The filters from the query string; a date that is not YYYY-MM-DD is a 400 naming it. */
export function searchFilters(query: Record<string, string>): SearchFilters {
  const f = {
    q: query.q ?? '',
    outlet: query.outlet?.trim() ?? '',
    since: query.since?.trim() ?? '',
    until: query.until?.trim() ?? '',
    entity: query.entity?.trim() ?? '',
  };
  for (const key of ['since', 'until'] as const) {
    if (f[key] && !/^\d{4}-\d{2}-\d{2}$/.test(f[key]))
      throw new DossierError(
        `${key} must be a date written YYYY-MM-DD (got "${f[key]}")`,
        `e.g. ${key}=2024-10-21`,
      );
  }
  return f;
}

/**
 * Full-text hits kept by outlet (any part of its name, any case), by publication day (undated
 * articles fail a date filter) and by entity (articles the registry linked to it, by id or any name).
 */
export async function filteredSearch(library: Library, f: SearchFilters): Promise<SearchHit[]> {
  const hits = await library.store.search(f.q, { limit: SEARCH_POOL });
  const linked = f.entity ? new Set((await library.entity(f.entity)).links.map((l) => l.articleId)) : null;
  const outlet = f.outlet.toLowerCase();
  return hits
    .filter((h) => !outlet || (h.outlet ?? '').toLowerCase().includes(outlet))
    .filter((h) => !f.since || (h.published !== null && h.published.slice(0, 10) >= f.since))
    .filter((h) => !f.until || (h.published !== null && h.published.slice(0, 10) <= f.until))
    .filter((h) => !linked || linked.has(h.articleId))
    .slice(0, SHOWN);
}

/** The search form with its filters, then the hits. Works without script (GET form). */
export function searchView(f: SearchFilters, hits: readonly SearchHit[]) {
  return html`<h1>Search</h1>
<form class="filters" action="/search" method="get">
<p><label>Words <input name="q" value="${f.q}"></label> <label>Outlet <input name="outlet" value="${f.outlet}"></label>
<label>Entity <input name="entity" value="${f.entity}"></label>
<label>From <input name="since" type="date" value="${f.since}"></label> <label>to <input name="until" type="date" value="${f.until}"></label>
<button>Search</button></p></form>
<p class="meta">${hits.length} results for “${f.q}”${hits.length === SHOWN ? ' (the best shown)' : ''}</p><ul class="list">${hits.map(
    (h) =>
      html`<li><a href="/articles/${encodeURIComponent(h.articleId)}">${clip(h.title)}</a> <small>${h.outlet ?? '—'} · ${isoDay(h.published)}</small><br><small>${clip(h.snippet, 1000)}</small></li>`,
  )}</ul>`;
}
