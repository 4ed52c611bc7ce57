import type { RenditionTimeline } from "./create-rendition-timeline";
import type { LivePackagerState } from "./live-packager-state";
import type { LiveResponse } from "./live-packager-types";
import { liveError, playlistResponse } from "./live-responses";
import { type RenditionReport, writeLiveMediaPlaylist } from "./write-live-media-playlist";

const FIRST_CONTENT_WAIT_MS = 10_000;

const directive = (query: URLSearchParams, name: string): number | null | "invalid" => {
  const value = query.get(name);
  if (value === null) return null;
  return /^\d{1,9}$/.test(value) ? Number(value) : "invalid";
};

function lastPartOf(timeline: RenditionTimeline): { msn: number; part: number } | null {
  const last = timeline.segments.at(-1);
  return last ? { msn: last.msn, part: Math.max(0, (last.parts?.length ?? 1) - 1) } : null;
}

/** The playlist holds segment `msn` complete, or (with `part`) that part of it or anything later. */
function holds(timeline: RenditionTimeline, msn: number, part: number | null): boolean {
  const lastComplete = timeline.segments.findLast((s) => s.complete);
  if (lastComplete && lastComplete.msn >= msn) return true;
  const current = timeline.current();
  if (part === null || !current) return false;
  return current.msn > msn || (current.msn === msn && (current.parts?.length ?? 0) > part);
}

/**
 * {name}.m3u8 with the LL-HLS delivery directives: `_HLS_msn`/`_HLS_part` hold the request until
 * the playlist contains that segment or part (Apple's rules: 400 when it is too far ahead, 503 after
 * three target durations), `_HLS_skip=YES|v2` asks for a delta update.
 */
export async function serveLiveMediaPlaylist(
  state: LivePackagerState,
  timeline: RenditionTimeline,
  query: URLSearchParams,
  signal?: AbortSignal,
): Promise<LiveResponse> {
  const { timing } = state;
  const msn = directive(query, "_HLS_msn");
  let part = directive(query, "_HLS_part");
  if (msn === "invalid" || part === "invalid") return liveError("invalid_parameters", "_HLS_msn and _HLS_part must be non-negative integers");
  if (part !== null && msn === null) return liveError("invalid_parameters", "_HLS_part needs _HLS_msn");
  if (!timing.lowLatency) part = null;
  const skipValue = query.get("_HLS_skip");
  const over = () => state.ended || state.closed;

  if (msn !== null) {
    const last = lastPartOf(timeline);
    const advancePartLimit = Math.ceil(3 / Math.min(timing.partTarget, 1));
    if (msn > (last?.msn ?? -1) + 2) return liveError("invalid_parameters", `_HLS_msn ${msn} is too far beyond the live edge`);
    if (part !== null && last && msn === last.msn && part > last.part + advancePartLimit) {
      return liveError("invalid_parameters", `_HLS_part ${part} is too far beyond the live edge`);
    }
    const held = await state.notifier.waitUntil(() => over() || holds(timeline, msn, part), { timeoutMs: 3 * timing.targetDuration * 1000, signal });
    if (!held) return liveError("unavailable", "The requested segment or part did not arrive in time", { "Retry-After": "1" });
  } else {
    // hls.js treats a playlist with parts but no complete segment as empty (levelEmptyError).
    const hasContent = () => timeline.segments.some((s) => s.complete);
    await state.notifier.waitUntil(() => over() || hasContent(), { timeoutMs: FIRST_CONTENT_WAIT_MS, signal });
    if (!hasContent() && !over()) return liveError("unavailable", "The live stream has not started yet", { "Retry-After": "2" });
  }
  if (state.closed) return liveError("not_found", "Live stream not found");

  const reports: RenditionReport[] = [];
  for (const other of state.timelines.values()) {
    const last = other === timeline ? null : lastPartOf(other);
    if (last) reports.push({ name: other.name, lastMsn: last.msn, lastPart: last.part });
  }
  const body = writeLiveMediaPlaylist({ timeline, timing, ended: state.ended, skip: skipValue === "YES" || skipValue === "v2", reports });
  return playlistResponse(body, msn !== null);
}
