export { isNonPublicAddress } from './address-policy.js';
export { canonicalUrl, cleanText, contentHash, toArticle } from './article.js';
export { decodeBody, decodeText } from './decode.js';
export { type FeedEntry, parseJsonFeed, parseXmlFeed } from './feeds.js';
export { fetchInputs } from './fetch-inputs.js';
export { FETCH_DEFAULTS, Fetcher, type FetchOptions, type FetchResult } from './fetcher.js';
export {
  ARTICLE_EXTENSIONS,
  countInputs,
  type InputItem,
  type InputPlan,
  parseInputFile,
  planInputs,
  READ_DEFAULTS,
  type ReadOptions,
  readArticleFile,
  readInputs,
} from './files.js';
