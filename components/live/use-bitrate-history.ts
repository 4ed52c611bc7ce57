"use client";

import { useEffect, useState } from "react";

export type BitratePoint = { at: number; kbps: number };

/** Five minutes of 2 s polls. */
const maxPoints = 150;

/**
 * The input bitrate over the last minutes, kept in the browser from the health polls (the server
 * keeps only the latest sample). A new measurement is one whose `updatedAt` changed; a stream
 * with no publisher (health null) clears the line.
 */
export function useBitrateHistory(sample: { updatedAt: string; kbps: number } | null): BitratePoint[] {
  const [points, setPoints] = useState<BitratePoint[]>([]);
  const updatedAt = sample?.updatedAt ?? null;
  const kbps = sample?.kbps ?? 0;
  useEffect(() => {
    if (updatedAt === null) return setPoints([]);
    const at = Date.parse(updatedAt);
    if (!Number.isFinite(at)) return;
    setPoints((prev) => (prev.length && prev[prev.length - 1]!.at >= at ? prev : [...prev, { at, kbps }].slice(-maxPoints)));
  }, [updatedAt, kbps]);
  return points;
}
