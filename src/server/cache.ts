import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';

/** A rendered view and the ETag of the state it was rendered from. */
export interface View {
  etag: string;
  body: string;
  contentType: string;
}

/** A fresh salt per process: a browser's ETag from before a restart (older code) never matches. */
const SALT = randomBytes(8).toString('hex');

/**
 * Rendered story views (the story page, its ledger, brief and timeline), each kept with the story's
 * change counter at rendering (`Store.storyChanges`). A request costs one primary-key read while the
 * story is unchanged; a save to the story, from any process, bumps the counter and the next request
 * renders anew. Concurrent requests for a view being rendered share that one rendering. At most
 * `max` views are kept, least recently used dropped first.
 */
export class ViewCache {
  readonly #max: number;
  readonly #entries = new Map<string, { mark: string; view: Promise<View> }>();

  constructor(max: number) {
    this.#max = Math.max(1, max);
  }

  /** The view `key` at `mark` (a story's id and counter): from memory, or `render`ed once. */
  get(key: string, mark: string, render: () => Promise<Omit<View, 'etag'>>): Promise<View> {
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit && hit.mark === mark) {
      this.#entries.set(key, hit);
      return hit.view;
    }
    const etag = `"${createHash('sha256').update(`${SALT}\0${key}\0${mark}`).digest('base64url').slice(0, 27)}"`;
    const view = render().then((v) => ({ ...v, etag }));
    const entry = { mark, view };
    this.#entries.set(key, entry);
    // A failed rendering is not kept: the next request tries again.
    view.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    return view;
  }
}

/** Answers a view: 304 when the client holds this ETag already, else the body; revalidated on each use. */
export function sendView(c: Context, view: View): Response {
  c.header('ETag', view.etag);
  c.header('Cache-Control', 'no-cache');
  const held = c.req.header('if-none-match');
  if (held?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === view.etag)) {
    return c.body(null, 304);
  }
  return c.body(view.body, 200, { 'content-type': view.contentType });
}
