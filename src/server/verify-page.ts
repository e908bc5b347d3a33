import { html } from 'hono/html';
import type { Story, Verdict, VerifyItem, VerifyReport } from '../model/index.js';
import { highlight } from './highlight.js';
import { clip } from './layout.js';
import type { ServerOptions } from './options.js';

const VERDICTS: readonly Verdict[] = ['contradicted', 'altered', 'unsupported', 'supported'];

/** The verify form: pick a story, paste or upload a draft; posts to /verify (works without script). */
export function verifyForm(
  stories: readonly Story[],
  storyId: string,
  draft: string,
  options: ServerOptions,
) {
  const off = !options.token && !options.allowAnalyze;
  return html`<h1>Verify a draft</h1>
<p class="meta">Every quote, figure and claim of the draft is checked against the story's articles.</p>
${off ? html`<p class="notice">Verifying is off on this server: start <code>dossier serve</code> with <code>--allow-analyze</code> or <code>--token TOKEN</code>.</p>` : ''}
<form class="verify" action="/verify" method="post" enctype="multipart/form-data">
<p><label for="story">Story</label><br><select id="story" name="story" required>${stories.map(
    (s) =>
      html`<option value="${s.id}"${s.id === storyId ? ' selected' : ''}>${clip(s.title, 90)} (${s.articleIds.length})</option>`,
  )}</select></p>
<p><label for="draft">Draft</label><br><textarea id="draft" name="draft" rows="10">${draft}</textarea></p>
<p><label for="file">or upload a text file</label><br><input id="file" name="file" type="file" accept=".txt,.md,text/plain,text/markdown"></p>
${options.token ? html`<p><label for="token">Token</label><br><input id="token" name="token" type="password" autocomplete="off"></p>` : ''}
<p><button type="submit">Verify</button></p></form>`;
}

/** The draft with each checked item marked by its verdict, then each item with its note and source. */
export function verifyView(draft: string, report: VerifyReport) {
  const marks = [...report.items]
    .sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict))
    .map((item) => ({
      ...item.span,
      kind: `verdict ${item.verdict}`,
      title: `${item.verdict}: ${item.note}`,
      label: item.verdict,
    }));
  const counts = VERDICTS.map((v) => `${report.summary[v]} ${v}`).join(' · ');
  return html`<h2>Verdicts</h2><p class="meta">${counts}</p>
<div class="article-text">${highlight(draft, marks).map((s) =>
    s.mark
      ? html`<mark class="${s.mark.kind}" title="${s.mark.title}">${s.text}</mark><span class="who">${s.mark.label}</span>`
      : s.text,
  )}</div>
<h2>Items</h2><ul class="list">${report.items.map(itemView)}</ul>`;
}

function itemView(item: VerifyItem) {
  const source = item.source;
  return html`<li><span class="label ${item.verdict}">${item.verdict}</span> ${item.kind}: ${clip(item.text)}<br>
<small>${item.note}${source ? html` · <a href="/articles/${encodeURIComponent(source.articleId)}?at=${source.span.start}-${source.span.end}#at">source: ${clip(source.text, 200)}</a>` : ''}</small></li>`;
}
