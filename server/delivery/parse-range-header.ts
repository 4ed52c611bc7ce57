export type ParsedRange = { start: number; end: number } | "unsatisfiable" | null;

/**
 * One `bytes=` range against an object of `size` bytes: `a-b`, `a-` and the suffix form `-n`.
 * Null means "serve the whole object" (no header, or several ranges, which players never send).
 */
export function parseRangeHeader(header: string | null, size: number): ParsedRange {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return header.includes(",") ? null : "unsatisfiable";
  const [, a, b] = match;
  if (!a && !b) return "unsatisfiable";
  if (!a) {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(a);
  const end = b ? Math.min(Number(b), size - 1) : size - 1;
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}
