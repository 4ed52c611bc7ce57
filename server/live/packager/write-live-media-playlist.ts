import type { RenditionTimeline } from "./create-rendition-timeline";
import type { LiveSegment } from "./live-segment";
import type { LiveTiming } from "./live-timing";

export type RenditionReport = { name: string; lastMsn: number; lastPart: number };

const seconds = (n: number) => n.toFixed(5);
const pdt = (ms: number) => new Date(Math.round(ms)).toISOString();

/** Where the next part will be: the next segment's first once this one has reached the target. */
export function nextPartOf(timeline: RenditionTimeline, timing: LiveTiming): { msn: number; part: number } {
  const current = timeline.current();
  if (!current) return { msn: timeline.nextMsn(), part: 0 };
  return current.duration >= timing.targetDuration - 0.1 ? { msn: current.msn + 1, part: 0 } : { msn: current.msn, part: current.parts?.length ?? 0 };
}

/**
 * A rendition's media playlist. LL-HLS (low): parts of the last three target durations, a preload
 * hint for the next part, rendition reports, and delta updates (`skip`) that replace segments older
 * than CAN-SKIP-UNTIL with EXT-X-SKIP. Other modes list complete segments only. URIs are relative
 * to the playlist at `{name}.m3u8`.
 */
export function writeLiveMediaPlaylist(input: {
  timeline: RenditionTimeline;
  timing: LiveTiming;
  ended: boolean;
  skip: boolean;
  reports: RenditionReport[];
}): string {
  const { timeline, timing } = input;
  const name = timeline.name;
  const low = timing.lowLatency;
  const all = timeline.segments.filter((s) => low || s.complete);
  const first = all[0];
  const liveEnd = timeline.mediaSeconds();
  const serverControl = low
    ? `CAN-BLOCK-RELOAD=YES,CAN-SKIP-UNTIL=${timing.canSkipUntil.toFixed(1)},PART-HOLD-BACK=${timing.partHoldBack.toFixed(3)},HOLD-BACK=${timing.holdBack.toFixed(1)}`
    : `HOLD-BACK=${timing.holdBack.toFixed(1)}`;
  const lines = ["#EXTM3U", `#EXT-X-VERSION:${low ? 9 : 7}`, `#EXT-X-TARGETDURATION:${timing.targetDuration}`];
  lines.push(`#EXT-X-SERVER-CONTROL:${serverControl}`);
  if (low) lines.push(`#EXT-X-PART-INF:PART-TARGET=${timing.partTarget.toFixed(3)}`);
  lines.push(`#EXT-X-MEDIA-SEQUENCE:${first?.msn ?? timeline.nextMsn()}`, `#EXT-X-DISCONTINUITY-SEQUENCE:${first?.discontinuitySequence ?? 0}`);

  let shown: LiveSegment[] = all;
  if (input.skip && low && !input.ended) {
    const skipped = all.findIndex((s) => !s.complete || s.start + s.duration > liveEnd - timing.canSkipUntil);
    const count = skipped === -1 ? all.length : skipped;
    if (count > 0) {
      lines.push(`#EXT-X-SKIP:SKIPPED-SEGMENTS=${count}`);
      shown = all.slice(count);
    }
  }

  shown.forEach((segment, i) => {
    const previous = i > 0 ? shown[i - 1] : null;
    if (segment.discontinuity && segment !== first) lines.push("#EXT-X-DISCONTINUITY");
    if (!previous || previous.connection !== segment.connection) lines.push(`#EXT-X-MAP:URI="${name}/init-${segment.connection}.mp4"`);
    lines.push(`#EXT-X-PROGRAM-DATE-TIME:${pdt(segment.programDateTime)}`);
    const recent = !segment.complete || segment.start + segment.duration > liveEnd - 3 * timing.targetDuration;
    if (low && recent && segment.parts) {
      segment.parts.forEach((part, index) => {
        const independent = part.independent ? ",INDEPENDENT=YES" : "";
        lines.push(`#EXT-X-PART:DURATION=${seconds(part.duration)},URI="${name}/${segment.msn}.${index}.m4s"${independent}`);
      });
    }
    if (segment.complete) lines.push(`#EXTINF:${seconds(segment.duration)},`, `${name}/${segment.msn}.m4s`);
  });

  if (input.ended) lines.push("#EXT-X-ENDLIST");
  else if (low) {
    const next = nextPartOf(timeline, timing);
    lines.push(`#EXT-X-PRELOAD-HINT:TYPE=PART,URI="${name}/${next.msn}.${next.part}.m4s"`);
    for (const report of input.reports) {
      lines.push(`#EXT-X-RENDITION-REPORT:URI="${report.name}.m3u8",LAST-MSN=${report.lastMsn},LAST-PART=${report.lastPart}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
