import { AppError } from "@/server/errors";

export type ContentRange =
  /** `bytes *\/total` (or `*\/*`): "how much do you have?" with an empty body. */
  | { kind: "query"; total: number | null }
  | { kind: "chunk"; start: number; end: number; total: number | null };

/** Parses the Content-Range of a chunked upload PUT (@mux/upchunk, Google-style resumable uploads). */
export function parseContentRange(header: string): ContentRange {
  const bad = () => new AppError({ code: "invalid_parameters", message: `Content-Range "${header}" is not "bytes start-end/total" or "bytes */total"` });
  const match = /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(header.trim());
  if (!match) throw bad();
  const total = match[3] === "*" ? null : Number(match[3]);
  if (match[1] === undefined) return { kind: "query", total };
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start || (total !== null && end >= total)) throw bad();
  return { kind: "chunk", start, end, total };
}
