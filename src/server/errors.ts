import { DossierError } from '../errors.js';

/** An error the server answers with its own HTTP status (the others: NotFoundError 404, DossierError 400). */
export class HttpError extends DossierError {
  constructor(
    readonly status: 401 | 403 | 413 | 421 | 503,
    message: string,
    hint: string,
  ) {
    super(message, hint);
    this.name = 'HttpError';
  }
}

/** The analysis threads are all busy and the queue is full, or a task spent its time budget: 503. */
export class BusyError extends HttpError {
  constructor(
    message: string,
    /** Seconds to wait before trying again (the Retry-After header). */
    readonly retryAfter: number,
  ) {
    super(503, message, `try again in ${retryAfter} s, or send a shorter text`);
    this.name = 'BusyError';
  }
}
