/** A half-open character range [start, end) into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
