"use client";

import { formatDateTime, formatRelative } from "./format";

/** Relative time, exact time on hover; client-only data, so no server/client locale mismatch. */
export function TimeAgo({ date }: { date: Date | null | undefined }) {
  if (!date) return <span className="text-fg-muted">—</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className="whitespace-nowrap" suppressHydrationWarning>
      {formatRelative(date)}
    </time>
  );
}
