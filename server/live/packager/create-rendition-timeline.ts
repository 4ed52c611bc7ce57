import type { Storage } from "@/server/storage/storage";
import type { LivePart, LiveSegment } from "./live-segment";
import type { LiveTiming } from "./live-timing";
import type { InitSegmentInfo } from "./parse-init-segment";

/** Complete segments whose parts and bytes stay in memory (older ones are read back from storage). */
const SEGMENTS_IN_MEMORY = 4;
// A keyframe this close to the target still closes the segment (FLV timestamps jitter by a millisecond).
const KEYFRAME_SLACK_SECONDS = 0.1;

export type RenditionTimeline = ReturnType<typeof createRenditionTimeline>;

/**
 * One rendition's segments across every publisher connection: parts become segments (cut at the
 * first keyframe at/after the target duration), complete segments go to storage, the DVR window
 * trims the playlist, and only the last few segments keep their bytes in memory.
 */
export function createRenditionTimeline(input: {
  name: string;
  timing: LiveTiming;
  storage: Storage;
  storagePrefix: string;
  dvrWindowSeconds: number;
  onChange(): void;
}) {
  const { timing, storage } = input;
  const keyOf = (file: string) => `${input.storagePrefix}/${input.name}/${file}`;
  const segments: LiveSegment[] = [];
  const inits = new Map<number, { bytes: Buffer; info: InitSegmentInfo }>();
  let nextMsn = 0;
  let timelineEnd = 0;
  let lastConnection: number | null = null;
  let discontinuitySequence = 0;

  const current = () => (segments.at(-1)?.complete === false ? segments.at(-1)! : null);

  function trim() {
    const liveEnd = timelineEnd + (current()?.duration ?? 0);
    const window = Math.max(input.dvrWindowSeconds, 3 * timing.targetDuration);
    while (segments.length > 1 && segments[0]!.complete && segments[0]!.start + segments[0]!.duration < liveEnd - window) segments.shift();
    const complete = segments.filter((s) => s.complete);
    for (const segment of complete.slice(0, Math.max(0, complete.length - SEGMENTS_IN_MEMORY))) {
      segment.parts = null;
      if (segment.stored) segment.bytes = null;
    }
  }

  function completeSegment(segment: LiveSegment) {
    const parts = segment.parts ?? [];
    const bytes = Buffer.concat(parts.map((p) => p.bytes));
    // Parts become views of the segment, so the pipe's chunks can be freed.
    let offset = 0;
    for (const part of parts) part.bytes = bytes.subarray(offset, (offset += part.bytes.length));
    Object.assign(segment, { complete: true, bytes });
    timelineEnd += segment.duration;
    storage.put(keyOf(`${segment.msn}.m4s`), bytes, { contentType: "video/iso.segment" }).then(
      () => {
        segment.stored = true;
        trim();
      },
      (error: unknown) => {
        // Kept in memory instead: it stays playable while it is in the playlist.
        segment.stored = false;
        console.error(`[live] storing segment ${segment.msn} of ${input.name} failed`, error);
      },
    );
  }

  return {
    name: input.name,
    segments,
    initOf: (connection: number) => inits.get(connection),
    /** The first init's description (CODECS and resolution for the master playlist). */
    firstInit: () => inits.values().next().value?.info ?? null,
    nextMsn: () => nextMsn,
    mediaSeconds: () => timelineEnd + (current()?.duration ?? 0),
    current,

    addInit(connection: number, bytes: Buffer, info: InitSegmentInfo) {
      inits.set(connection, { bytes, info });
      storage.put(keyOf(`init-${connection}.mp4`), bytes, { contentType: "video/mp4" }).catch((error: unknown) => {
        console.error(`[live] storing init ${connection} of ${input.name} failed`, error);
      });
      input.onChange();
    },

    addPart(connection: number, part: LivePart & { programDateTime: number }) {
      let segment = current();
      if (segment && segment.connection !== connection) (completeSegment(segment), (segment = null));
      if (segment) {
        const reachedTarget = segment.duration >= timing.targetDuration - KEYFRAME_SLACK_SECONDS;
        // Without a keyframe in time, cut anyway before EXTINF would round above TARGETDURATION.
        const wouldOverrun = segment.duration + part.duration >= timing.targetDuration + 0.5;
        if ((reachedTarget && part.independent) || wouldOverrun) (completeSegment(segment), (segment = null));
      }
      if (!segment) {
        const discontinuity = lastConnection !== null && lastConnection !== connection;
        if (discontinuity) discontinuitySequence++;
        lastConnection = connection;
        segment = {
          msn: nextMsn++,
          connection,
          discontinuity,
          discontinuitySequence,
          programDateTime: part.programDateTime,
          start: timelineEnd,
          duration: 0,
          independent: part.independent,
          complete: false,
          parts: [],
          bytes: null,
          stored: null,
        };
        segments.push(segment);
      }
      segment.parts!.push({ duration: part.duration, independent: part.independent, bytes: part.bytes });
      segment.duration += part.duration;
      trim();
      input.onChange();
    },

    /** The connection ended: its last segment is complete as it stands. */
    endConnection(connection: number) {
      const segment = current();
      if (segment?.connection === connection) completeSegment(segment);
      trim();
      input.onChange();
    },

    /** A complete segment's bytes: memory, else storage; null when it does not exist (any more). */
    async segmentBytes(msn: number): Promise<Buffer | null> {
      const segment = segments.find((s) => s.msn === msn);
      if (segment?.bytes && segment.complete) return segment.bytes;
      if (segment && !segment.complete) return null;
      if (msn < 0 || msn >= nextMsn) return null;
      try {
        const object = await storage.get(keyOf(`${msn}.m4s`));
        const chunks: Buffer[] = [];
        for await (const chunk of object.body) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      } catch {
        return null;
      }
    },

    clear() {
      segments.length = 0;
      inits.clear();
    },
  };
}
