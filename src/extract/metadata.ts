import { z } from 'zod';

/** What a page says about itself, from JSON-LD first, then OpenGraph and meta tags. Every field may be null. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  /** As written by the page (ISO 8601 in practice); normalised later by `toArticle`. */
  published: string | null;
  modified: string | null;
  /** The canonical URL the page declares. */
  url: string | null;
  /** The full body some publishers put in JSON-LD; a fallback when the DOM yields too little. */
  body: string | null;
  language: string | null;
}

/** The DOM members metadata reading needs; linkedom and browser documents both have them. */
export interface MetadataDocument {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'WebPage',
]);

// JSON-LD is untrusted: every field is checked for shape, and anything unexpected is ignored, not fatal.
const Text = z.string().trim().min(1).max(100_000);
const Named = z.union([Text, z.object({ name: Text.optional() }).passthrough()]);
const LdArticle = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]).optional(),
    headline: Text.optional(),
    name: Text.optional(),
    datePublished: Text.optional(),
    dateModified: Text.optional(),
    url: Text.optional(),
    mainEntityOfPage: z.union([Text, z.object({ '@id': Text.optional() }).passthrough()]).optional(),
    publisher: z.union([Named, z.array(Named)]).optional(),
    articleBody: z.string().optional(),
    inLanguage: Text.optional(),
  })
  .passthrough();
type LdArticle = z.infer<typeof LdArticle>;

/** Reads title, outlet, dates, canonical URL and language from a parsed page. */
export function readMetadata(document: MetadataDocument): PageMetadata {
  const ld = bestLdArticle(document);
  const meta = (key: string) => metaContent(document, key);
  const canonical = first(document, 'link[rel="canonical"]', 'href');
  const entity = ld?.mainEntityOfPage;
  return {
    title: ld?.headline ?? meta('og:title') ?? meta('twitter:title') ?? titleTag(document),
    outlet: publisherName(ld?.publisher) ?? meta('og:site_name') ?? meta('application-name'),
    published: ld?.datePublished ?? meta('article:published_time') ?? meta('datePublished') ?? meta('date'),
    modified: ld?.dateModified ?? meta('article:modified_time') ?? meta('og:updated_time'),
    url:
      canonical ??
      meta('og:url') ??
      ld?.url ??
      (typeof entity === 'string' ? entity : (entity?.['@id'] ?? null)),
    body: ld?.articleBody?.trim() || null,
    language: ld?.inLanguage ?? document.documentElement?.getAttribute('lang')?.trim() ?? meta('og:locale'),
  };
}

/** The JSON-LD object that best describes the article: a news type first, then any article type. */
function bestLdArticle(document: MetadataDocument): LdArticle | null {
  const candidates: LdArticle[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the OpenGraph tags still apply.
    }
    for (const node of ldNodes(json)) {
      const parsed = LdArticle.safeParse(node);
      if (parsed.success && typesOf(parsed.data).some((t) => ARTICLE_TYPES.has(t)))
        candidates.push(parsed.data);
    }
  }
  const rank = (a: LdArticle) => {
    const types = typesOf(a);
    if (types.some((t) => t.endsWith('NewsArticle'))) return 0;
    return types.includes('WebPage') ? 2 : 1;
  };
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Flattens top-level arrays and `@graph` lists (one level deep: that is where publishers put articles). */
function ldNodes(json: unknown): unknown[] {
  const top = Array.isArray(json) ? json : [json];
  const out: unknown[] = [];
  for (const node of top.slice(0, 100)) {
    out.push(node);
    if (node && typeof node === 'object' && Array.isArray((node as { '@graph'?: unknown })['@graph'])) {
      out.push(...(node as { '@graph': unknown[] })['@graph'].slice(0, 100));
    }
  }
  return out;
}

function typesOf(a: LdArticle): string[] {
  const t = a['@type'];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

function publisherName(publisher: LdArticle['publisher']): string | null {
  const one = Array.isArray(publisher) ? publisher[0] : publisher;
  if (one === undefined) return null;
  return typeof one === 'string' ? one : (one.name ?? null);
}

function metaContent(document: MetadataDocument, key: string): string | null {
  return (
    first(document, `meta[property="${key}"]`, 'content') ?? first(document, `meta[name="${key}"]`, 'content')
  );
}

function first(document: MetadataDocument, selector: string, attribute: string): string | null {
  for (const el of Array.from(document.querySelectorAll(selector))) {
    const value = el.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

/** The `<title>` without the site name publishers append ("Headline | Site", "Headline - Site"). */
function titleTag(document: MetadataDocument): string | null {
  const title = document.querySelectorAll('title')[0]?.textContent?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const cut = /^(.{15,}?)\s+(?:\||-|–|—|::|·)\s+([^|–—]{1,60})$/.exec(title);
  // Only a short tail is a site name; a long one is part of the headline.
  return cut && cut[2].split(' ').length <= 5 ? cut[1] : title;
}
