import { InputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How many leading bytes are checked for NUL, the mark of a binary file (as git and grep do). */
const SNIFF_BYTES = 8000;

/**
 * Decodes a file's bytes as UTF-8 text, dropping a byte-order mark. Throws an InputError naming
 * `origin` for a binary file (NUL bytes) or bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new InputError(
      'binary file (it holds NUL bytes)',
      'give text, HTML, JSON, JSONL or feed files',
      origin,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(
      'not valid UTF-8 text',
      'convert it to UTF-8 (e.g. `iconv -t UTF-8`) and retry',
      origin,
    );
  }
}
