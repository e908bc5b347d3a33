export { fragmentText } from './fragment.js';
export { EXTRACT_DEFAULTS, type ExtractOptions, extractArticle } from './html.js';
