/**
 * An error the user can act on: it names the input at fault and says what to do.
 * Surfaces print `message` and `hint` on one line each and exit non-zero; nothing else is a user error.
 */
export class DossierError extends Error {
  constructor(
    message: string,
    /** What to do about it, in one sentence. */
    readonly hint: string,
    /** The file, URL, line or id at fault, when there is one. */
    readonly input?: string,
  ) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'DossierError';
  }
}

/** Bad input (a file that is missing, binary, empty or malformed). */
export class InputError extends DossierError {
  override name = 'InputError';
}

/** Something asked for does not exist (a story id, an article id). */
export class NotFoundError extends DossierError {
  override name = 'NotFoundError';
}

/**
 * Something an input lost on the way in, said rather than hidden: a feed read to its item limit, a
 * body cut at its size limit. The input itself was still read.
 */
export interface InputWarning {
  /** The file or URL concerned. */
  input: string;
  message: string;
  /** How to get what was left out. */
  hint: string;
}
