import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The stylesheet of every page, served at /style.css: the CSP allows no inline style or script. */
export const STYLE = `
body{font:16px/1.55 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
header a{color:inherit;text-decoration:none;font-weight:bold}nav{display:flex;gap:1rem;align-items:center}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}small,.meta{color:#666;font-family:system-ui,sans-serif;font-size:.85rem}
ul.list{list-style:none;padding:0}ul.list li{margin:.8rem 0}mark.quote{background:#fff3b0}mark.reported{background:#f3efe0}mark.figure{background:#c9f2d0}
mark.claim{background:#dde8ff}table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
form.search input{padding:.3rem;width:16rem}.article-text{white-space:pre-wrap}.conflict{color:#a00}`;

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
<header><nav><a href="/">Dossier</a><a href="/articles">Articles</a><a href="/entities">Entities</a>
<form class="search" action="/search" method="get"><input name="q" placeholder="Search articles" aria-label="Search"></form></nav></header>
<main>${body}</main>
</body></html>`;
}
