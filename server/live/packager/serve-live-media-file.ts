import type { RenditionTimeline } from "./create-rendition-timeline";
import type { LivePackagerState } from "./live-packager-state";
import type { LiveResponse } from "./live-packager-types";
import { liveError, mediaResponse } from "./live-responses";

const notFound = () => liveError("not_found", "Not found");
const late = () => liveError("unavailable", "Not available yet", { "Retry-After": "1" });

/**
 * {name}/init-{d}.mp4, {name}/{msn}.m4s and {name}/{msn}.{part}.m4s. A part or segment that is
 * still being produced (the preload-hinted part, the segment in progress or the next one) is
 * waited for, up to three target durations; one that will never exist is a 404.
 */
export async function serveLiveMediaFile(state: LivePackagerState, timeline: RenditionTimeline, file: string, signal?: AbortSignal): Promise<LiveResponse> {
  const timeoutMs = 3 * state.timing.targetDuration * 1000;
  const over = () => state.ended || state.closed;

  const init = /^init-(\d+)\.mp4$/.exec(file);
  if (init) {
    const found = timeline.initOf(Number(init[1]));
    return found ? mediaResponse(found.bytes, "video/mp4") : notFound();
  }

  const part = /^(\d{1,9})\.(\d{1,4})\.m4s$/.exec(file);
  if (part) {
    const msn = Number(part[1]);
    const index = Number(part[2]);
    const find = () => timeline.segments.find((s) => s.msn === msn)?.parts?.[index];
    // Still possible: a later part of the segment in progress, or an early part of the next segment.
    const possible = () => {
      const segment = timeline.segments.find((s) => s.msn === msn);
      if (segment) return !segment.complete && index >= (segment.parts?.length ?? 0);
      return msn === timeline.nextMsn();
    };
    if (!find() && possible() && !over()) {
      const arrived = await state.notifier.waitUntil(() => !!find() || !possible() || over(), { timeoutMs, signal });
      if (!arrived) return late();
    }
    const found = find();
    return found && !state.closed ? mediaResponse(found.bytes, "video/iso.segment") : notFound();
  }

  const segment = /^(\d{1,9})\.m4s$/.exec(file);
  if (segment) {
    const msn = Number(segment[1]);
    const inProgress = () => timeline.current()?.msn === msn || (msn === timeline.nextMsn() && !timeline.current());
    if (inProgress() && !over()) {
      const completed = await state.notifier.waitUntil(() => !inProgress() || over(), { timeoutMs, signal });
      if (!completed) return late();
    }
    const bytes = state.closed ? null : await timeline.segmentBytes(msn);
    return bytes ? mediaResponse(bytes, "video/iso.segment") : notFound();
  }
  return notFound();
}
