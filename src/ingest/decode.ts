import sniffHtmlEncoding from 'html-encoding-sniffer';
import { decode, getBOMEncoding, isSupported, labelToName } from 'whatwg-encoding';
import { InputError } from '../errors.js';

/** How many leading bytes are checked for NUL, the mark of a binary file (as git and grep do). */
const SNIFF_BYTES = 8000;

/** Options of `decodeText`. */
export interface DecodeOptions {
  /** The charset the transport declared (an HTTP Content-Type's `charset`); a byte-order mark still wins. */
  charset?: string | null;
  /** Undeclared bytes that are not UTF-8 become U+FFFD instead of an error (fetched pages). */
  lenient?: boolean;
}

/**
 * Decodes a document's bytes by the WHATWG rules: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE)
 * wins, then the transport's charset, then what the document declares in its first 1,024 bytes
 * (HTML `<meta charset>` by the HTML prescan, or an XML declaration's `encoding`), labels mapped as
 * browsers map them (ISO-8859-1 is windows-1252). Undeclared text must be UTF-8, or UTF-16 without
 * a mark (seen by its NUL pattern). Throws an InputError naming `origin` for a binary file, an
 * encoding that cannot be decoded, or undeclared bytes that are not UTF-8 (unless `lenient`).
 */
export function decodeText(bytes: Uint8Array, origin: string, options: DecodeOptions = {}): string {
  const encoding =
    getBOMEncoding(bytes) ??
    (options.charset ? labelToName(options.charset) : null) ??
    declaredEncoding(bytes) ??
    unmarkedUtf16(bytes);
  if (encoding === null || encoding === 'UTF-8') {
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
      throw new InputError(
        'binary file (it holds NUL bytes)',
        'give text, HTML, JSON, JSONL or feed files',
        origin,
      );
    }
    return decodeUtf8(bytes, origin, encoding === null && !options.lenient);
  }
  // whatwg-encoding (over iconv-lite), not TextDecoder: Node 20's decodes windows-1252 as Latin-1.
  if (!isSupported(encoding)) {
    throw new InputError(
      `declares the ${encoding} encoding, which cannot be decoded here`,
      'convert it to UTF-8 (e.g. `iconv -t UTF-8`) and retry',
      origin,
    );
  }
  return decode(bytes, encoding);
}

function decodeUtf8(bytes: Uint8Array, origin: string, fatal: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal }).decode(bytes);
  } catch {
    throw new InputError(
      'not valid UTF-8 text',
      'convert it to UTF-8 (e.g. `iconv -f windows-1252 -t UTF-8`), or declare its charset in the file, and retry',
      origin,
    );
  }
}

/** The encoding a markup document declares: `<meta charset>` (the HTML prescan) or `<?xml … encoding="…"?>`. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    'latin1',
  );
  if (!head.includes('<')) return null;
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return labelToName(xml[1]);
  // The sniffer falls back to its default when nothing is declared: an empty default means "nothing".
  const meta = sniffHtmlEncoding(bytes, { defaultEncoding: '' });
  // The HTML prescan reads a declared UTF-16 as UTF-8: bytes that parse as ASCII markup are not UTF-16.
  return meta === '' ? null : meta === 'UTF-16LE' || meta === 'UTF-16BE' ? 'UTF-8' : meta;
}

/**
 * UTF-16 without a byte-order mark, seen as NUL bytes on one side of most character pairs (ASCII
 * text in UTF-16); null otherwise.
 */
function unmarkedUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.byteLength, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'UTF-16LE';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * A fetched body as text: the Content-Type charset, else what the document declares, else UTF-8,
 * by the rules of `decodeText`; undeclared bytes that are not UTF-8 become U+FFFD.
 */
export function decodeBody(body: Uint8Array, contentType: string, where = ''): string {
  const charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  return decodeText(body, where, { charset, lenient: true });
}
