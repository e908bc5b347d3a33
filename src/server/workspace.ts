import { Hono } from 'hono';
import { html } from 'hono/html';
import { DossierError } from '../errors.js';
import type { QuoteGroup, SpeakerQuotes } from '../ledger/index.js';
import type { Library } from '../library/index.js';
import type { VerifyReport } from '../model/index.js';
import { isoDay } from '../util/format.js';
import { HttpError } from './errors.js';
import { bodyLimited, sameSecret } from './guards.js';
import { clip, page } from './layout.js';
import type { ServerOptions } from './options.js';
import type { TaskPool } from './pool.js';
import { citationHref, claimsView, STORY_PAGE_ROWS } from './story-page.js';
import type { ComputeResult, ComputeTask } from './tasks.js';
import { verifyForm, verifyView } from './verify-page.js';

/** What the analyst's pages share with the API: the library, the analysis threads and the options. */
export interface WorkspaceContext {
  library: Library;
  pool: TaskPool<ComputeTask, ComputeResult>;
  options: ServerOptions;
}

/** Articles whose quotes the archive-wide quotes page reads (a story's page reads all of its own). */
const QUOTE_ARTICLES = 300;

/** The analyst's pages: quotes by speaker, claims, and verifying a draft against a story. No script needed. */
export function workspaceRoutes({ library, pool, options }: WorkspaceContext): Hono {
  const pages = new Hono();

  pages.get('/quotes', async (c) => {
    const storyId = c.req.query('story') || undefined;
    const speaker = c.req.query('speaker')?.trim() || undefined;
    const speakers = await library.quotes({ storyId, speaker, limit: QUOTE_ARTICLES });
    return c.html(
      page(
        'Quotes',
        html`<h1>Quotes by speaker</h1>
<form class="filters" action="/quotes" method="get">${storyId ? html`<input type="hidden" name="story" value="${storyId}">` : ''}
<label>Speaker <input name="speaker" value="${speaker ?? ''}"></label> <button>Filter</button></form>
<p class="meta">${storyId ? html`Story <a href="/stories/${encodeURIComponent(storyId)}">${storyId}</a>` : `The newest ${QUOTE_ARTICLES} articles`} ·
${speakers.length} speakers · <q class="verbatim">verbatim quote</q> <span class="reported">reported speech</span></p>
${speakers.length === 0 ? html`<p>No quotes found.</p>` : ''}
${speakers.slice(0, STORY_PAGE_ROWS).map(speakerView)}`,
      ),
    );
  });

  pages.get('/claims', async (c) => {
    const storyId = c.req.query('story');
    if (!storyId)
      return c.html(page('Claims', html`<h1>Claims</h1>${await storyPicker(library, '/claims')}`));
    const { story, analyses } = await library.sourcesOf(storyId);
    const ledger = await library.ledgerOf(analyses);
    const sid = encodeURIComponent(story.id);
    return c.html(
      page(
        `Claims: ${story.title}`,
        html`<h1>Claims: ${clip(story.title)}</h1>
<p class="meta">Who confirms, denies, declines or estimates what in <a href="/stories/${sid}">this story</a>; each stance links to its sentence.</p>
${ledger.claims.length === 0 ? html`<p>No claims found in this story.</p>` : claimsView(ledger.claims.slice(0, STORY_PAGE_ROWS), sid)}`,
      ),
    );
  });

  pages.get('/verify', async (c) => {
    const stories = await library.store.listStories({ limit: 100 });
    return c.html(page('Verify a draft', verifyForm(stories, c.req.query('story') ?? '', '', options)));
  });

  pages.post('/verify', bodyLimited(options.maxBody), async (c) => {
    const form = await c.req.parseBody();
    formGate(options, String(form.token ?? ''));
    const storyId = String(form.story ?? '');
    const draft = await draftOf(form);
    const stories = await library.store.listStories({ limit: 100 });
    if (!storyId) throw new DossierError('no story picked', 'pick the story the draft is about');
    const sources = await library.verifySources(storyId);
    const report = (await pool.run({ kind: 'verify', draft, sources })) as VerifyReport;
    return c.html(
      page(
        'Verify a draft',
        html`${verifyForm(stories, storyId, draft, options)}${verifyView(draft, report)}`,
      ),
    );
  });

  return pages;
}

/** The draft from the form: the uploaded file when one was sent, else the pasted text. */
async function draftOf(form: Record<string, unknown>): Promise<string> {
  const file = form.file;
  const text = file instanceof File && file.size > 0 ? await file.text() : String(form.draft ?? '');
  if (!text.trim()) throw new DossierError('empty draft', 'paste the draft or choose a file to upload');
  return text;
}

/**
 * The verify form's gate, as the API's: a token-protected server needs the token in the form (a form
 * cannot send an Authorization header); without a token, verifying is on only with --allow-analyze.
 */
function formGate(options: ServerOptions, given: string): void {
  if (options.token) {
    if (!sameSecret(given, options.token))
      throw new HttpError(401, 'wrong or missing token', 'type the token given to dossier serve');
    return;
  }
  if (!options.allowAnalyze)
    throw new HttpError(
      403,
      'verifying is off on this server',
      'start dossier serve with --token TOKEN (or DOSSIER_TOKEN) or with --allow-analyze',
    );
}

/** A list of stories to choose from, each linking to `path?story=ID`. */
async function storyPicker(library: Library, path: string) {
  const stories = await library.store.listStories({ limit: 100 });
  return html`<p>Pick a story:</p><ul class="list">${stories.map(
    (s) =>
      html`<li><a href="${path}?story=${encodeURIComponent(s.id)}">${clip(s.title)}</a> <small>${s.articleIds.length} articles</small></li>`,
  )}</ul>`;
}

/** One speaker's quotes: the name always shown, verbatim quotes in quotation marks, reported speech without. */
function speakerView(s: SpeakerQuotes) {
  return html`<section class="speaker"><h2>${s.speaker}</h2><ul class="list">${s.quotes.slice(0, 50).map(quoteView)}</ul></section>`;
}

function quoteView(q: QuoteGroup) {
  const reported = q.occurrences.every((o) => o.kind === 'indirect');
  const where = q.occurrences
    .slice(0, 10)
    .map((o) => html`<a href="${citationHref(o.citation)}">${o.outlet ?? '?'}, ${isoDay(o.date)}</a> `);
  return html`<li>${reported ? html`<span class="reported">${clip(q.text, 1000)}</span> <small>(reported speech)</small>` : html`<q class="verbatim">${clip(q.text, 1000)}</q>`}<br>
<small>${where}${q.variants.length ? html`· ${q.variants.length} differing wordings` : ''}</small></li>`;
}
