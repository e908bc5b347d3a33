import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The stylesheet of every page, served at /style.css: the CSP allows no inline style or script. */
export const STYLE = `
*{box-sizing:border-box}
body{font:16px/1.55 Georgia,serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#1d1d1f;overflow-wrap:anywhere}
header a{color:inherit;text-decoration:none;font-weight:bold}nav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}small,.meta{color:#595959;font-family:system-ui,sans-serif;font-size:.85rem}
a{color:#0645ad}ul.list{list-style:none;padding:0}ul.list li{margin:.8rem 0}
mark{color:inherit}mark.quote{background:#ffe27a}mark.reported{background:none;border-bottom:2px dashed #7b3fa0;font-style:italic}
mark.figure{background:#bfeccb}mark.claim{background:#dde8ff}
.who{font:600 .75rem system-ui,sans-serif;color:#3d2a00;background:#f1ecdc;margin-left:.25rem;padding:0 .25rem;border-radius:3px;white-space:nowrap}
.target{outline:3px solid #0645ad;outline-offset:2px;background:#eef3ff}
q.verbatim{background:#fff6cc}span.reported{font-style:italic;border-bottom:2px dashed #7b3fa0}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
.scroll{overflow-x:auto;max-width:100%}figure.chart{margin:1rem 0}figure.chart svg{max-width:100%;height:auto;display:block}
figcaption{font:600 .9rem system-ui,sans-serif}
form.search input{padding:.3rem;width:14rem;max-width:100%}textarea,select,input{max-width:100%;font:inherit}textarea{width:100%}
.article-text{white-space:pre-wrap}.conflict,.label.conflicting,.label.contradicted{color:#a00000;font-weight:bold}
.label{font-family:system-ui,sans-serif;font-size:.85rem}.label.altered,.label.revised{color:#8a4b00}.label.supported{color:#1b6e2e}
mark.verdict.contradicted{background:#ffd6d6}mark.verdict.altered{background:#ffe8c2}mark.verdict.unsupported{background:#e8e8e8}mark.verdict.supported{background:#d4f3dc}
.stance{font:600 .8rem system-ui,sans-serif;text-transform:uppercase;color:#333}.notice{border-left:4px solid #a00000;padding-left:.6rem}`;

/** Longest title or snippet a listing shows: a 5 MB feed title must not make a 6 MB page. */
export const MAX_SHOWN = 300;

/** `text` cut to `max` characters (default MAX_SHOWN), ending in "…" when cut; never splits a surrogate pair. */
export function clip(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** The page frame: every value interpolated into `html` is escaped by hono, so page text is safe. */
export function page(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${clip(title)} · Dossier</title><link rel="stylesheet" href="/style.css"></head>
<body>
<header><nav><a href="/">Dossier</a><a href="/articles">Articles</a><a href="/entities">Entities</a><a href="/quotes">Quotes</a><a href="/claims">Claims</a><a href="/verify">Verify</a>
<form class="search" action="/search" method="get"><input name="q" placeholder="Search articles" aria-label="Search"></form></nav></header>
<main>${body}</main>
</body></html>`;
}
