// Types for two untyped packages, for the members Dossier uses.

declare module 'whatwg-encoding' {
  /** The WHATWG encoding name of a label ("latin1" → "windows-1252"), or null for an unknown label. */
  export function labelToName(label: string): string | null;
  /** "UTF-8", "UTF-16LE" or "UTF-16BE" from a byte-order mark, or null. */
  export function getBOMEncoding(bytes: Uint8Array): string | null;
  /** True for the encoding names `decode` handles. */
  export function isSupported(name: string): boolean;
  /** Decodes by the WHATWG rules: a byte-order mark wins over `fallbackEncodingName`. */
  export function decode(bytes: Uint8Array, fallbackEncodingName: string): string;
}

declare module 'html-encoding-sniffer' {
  /** The HTML encoding-sniffing algorithm: BOM, transport label, `<meta>` prescan, else the default. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
