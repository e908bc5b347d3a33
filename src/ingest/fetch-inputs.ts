import { InputError } from '../errors.js';
import { type ExtractOptions, extractArticle } from '../extract/index.js';
import { type FeedEntry, isJsonFeed, looksLikeXmlFeed, parseJsonFeed, parseXmlFeed } from './feeds.js';
import { Fetcher, type FetchOptions, type FetchResult } from './fetcher.js';
import { feedItem, type InputItem } from './files.js';

/**
 * Fetches a URL and returns its articles: a feed gives one item per entry (up to `maxFeedItems`),
 * each read from its own page when that page can be fetched, else from the feed's content; an
 * article page gives one item. Errors are items too; nothing throws.
 */
export async function fetchInputs(
  url: string,
  options: Partial<FetchOptions> | Fetcher = {},
): Promise<InputItem[]> {
  const fetcher = options instanceof Fetcher ? options : new Fetcher(options);
  let page: FetchResult;
  const started = fetcher.options.now();
  try {
    page = await fetcher.get(url);
  } catch (err) {
    return [{ ok: false, error: asInputError(err, url) }];
  }
  try {
    const entries = feedEntries(page);
    if (entries) {
      const { maxFeedItems, warn } = fetcher.options;
      if (entries.length > maxFeedItems) {
        warn({
          input: url,
          message: `the feed has ${entries.length} items; only the first ${maxFeedItems} were read`,
          hint: 'raise --max-feed-items to read more, or ingest the feed again as it moves on',
        });
      }
      const items: InputItem[] = [];
      for (const entry of entries.slice(0, maxFeedItems)) items.push(await entryItem(fetcher, entry));
      return items;
    }
    return [pageItem(page, url, readingLimits(fetcher, started))];
  } catch (err) {
    return [{ ok: false, error: asInputError(err, url) }];
  }
}

/** The entries of a fetched feed (JSON Feed, RSS, Atom, RDF), or null for a page that is no feed. */
function feedEntries(page: FetchResult): FeedEntry[] | null {
  const type = page.contentType.split(';')[0].trim().toLowerCase();
  if (type.includes('json')) {
    let value: unknown;
    try {
      value = JSON.parse(page.text);
    } catch (err) {
      throw new InputError(
        `malformed JSON (${(err as Error).message})`,
        'check that the URL serves a JSON Feed',
        page.url,
      );
    }
    if (isJsonFeed(value)) return parseJsonFeed(value, page.url);
    throw new InputError('JSON that is not a JSON Feed', 'give the URL of an HTML page or a feed', page.url);
  }
  return looksLikeXmlFeed(page.text) ? parseXmlFeed(page.text, page.url) : null;
}

/** A feed entry read from its page when possible; the feed's own content is the fallback. */
async function entryItem(fetcher: Fetcher, entry: FeedEntry): Promise<InputItem> {
  if (entry.url) {
    try {
      const started = fetcher.options.now();
      const page = await fetcher.get(entry.url);
      const article = extractArticle(page.text, entry.url, readingLimits(fetcher, started));
      if (article && article.text.length >= entry.text.length) {
        return {
          ok: true,
          input: {
            ...article,
            title: article.title ?? entry.title,
            outlet: article.outlet ?? entry.outlet,
            published: article.published ?? entry.published,
            origin: entry.where,
          },
        };
      }
    } catch (err) {
      if (!entry.text.trim()) return { ok: false, error: asInputError(err, entry.url) };
    }
  }
  return feedItem(entry);
}

/** The article of a fetched page, or an error item when it has no article text. */
function pageItem(page: FetchResult, requested: string, limits: Partial<ExtractOptions>): InputItem {
  const article = extractArticle(page.text, page.url, limits);
  if (!article?.text.trim()) {
    return {
      ok: false,
      error: new InputError(
        'no article text found in the page',
        'check that it is an article page',
        requested,
      ),
    };
  }
  return { ok: true, input: { ...article, origin: requested } };
}

/** One time limit for fetching a page and reading it: the parse counts against the fetch's budget. */
function readingLimits(fetcher: Fetcher, started: number): Partial<ExtractOptions> {
  return { deadline: started + fetcher.options.timeoutMs, now: fetcher.options.now };
}

/** Any failure as an InputError naming where it happened. */
function asInputError(err: unknown, where: string): InputError {
  if (err instanceof InputError) return err;
  return new InputError(`cannot read (${(err as Error)?.message ?? String(err)})`, 'check the URL', where);
}
