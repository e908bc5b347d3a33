/** A half-open range of UTF-16 code units in `article.text`: `text.slice(start, end)` is the finding. */
export interface Span {
  start: number;
  end: number;
}
