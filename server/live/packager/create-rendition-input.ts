import { Writable } from "node:stream";
import { createFragmentReader } from "./create-fragment-reader";
import type { RenditionTimeline } from "./create-rendition-timeline";
import { parseFragment } from "./parse-fragment";
import { type InitSegmentInfo, type InitTrack, parseInitSegment } from "./parse-init-segment";

/**
 * The writable one rendition's fMP4 is piped into for one connection. Each moof+mdat becomes a part
 * timed by the video track (the audio track when there is no video); fragments without samples of
 * that track ride along with the next part. Bad bytes are logged and the rest of the input ignored:
 * the writable never errors, so a broken transcode cannot take the process down.
 */
export function createRenditionInput(input: {
  timeline: RenditionTimeline;
  connection: number;
  wallClockAtStart: number;
  /** False once a newer connection began: late bytes from this one are dropped. */
  isCurrent(): boolean;
}): { writable: Writable; closed: Promise<void> } {
  const { timeline, connection } = input;
  let init: InitSegmentInfo | null = null;
  let primary: InitTrack | null = null;
  let firstDecodeTime: number | null = null;
  let held: Buffer[] = [];
  let broken = false;
  let ended = false;

  const reader = createFragmentReader({
    onInit(bytes) {
      init = parseInitSegment(bytes);
      primary = init.tracks.find((t) => t.kind === "video") ?? init.tracks.find((t) => t.kind === "audio") ?? null;
      if (!primary) throw new Error("init segment has neither video nor audio");
      timeline.addInit(connection, bytes, init);
    },
    onFragment(bytes) {
      if (!init || !primary) return;
      const track = parseFragment(bytes, init).find((t) => t.id === primary!.id);
      if (!track || track.sampleCount === 0) {
        held.push(bytes);
        return;
      }
      const decodeTime = track.baseDecodeTime / track.timescale;
      firstDecodeTime ??= decodeTime;
      const partBytes = held.length ? Buffer.concat([...held, bytes]) : bytes;
      held = [];
      timeline.addPart(connection, {
        duration: track.duration / track.timescale,
        independent: track.kind !== "video" || track.firstSampleSync,
        bytes: partBytes,
        programDateTime: input.wallClockAtStart + (decodeTime - firstDecodeTime) * 1000,
      });
    },
  });

  const end = () => {
    if (ended) return;
    ended = true;
    if (input.isCurrent()) timeline.endConnection(connection);
  };
  const writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!broken && !ended && input.isCurrent()) {
        try {
          reader.push(chunk);
        } catch (error) {
          broken = true;
          console.error(`[live] rendition ${timeline.name}: unreadable fMP4, ignoring the rest of connection ${connection}`, error);
        }
      }
      callback();
    },
    final(callback) {
      end();
      callback();
    },
  });
  // A destroy(error) from whoever pipes into it must not become an uncaught exception.
  writable.on("error", (error) => console.error(`[live] rendition ${timeline.name} input failed`, error));
  const closed = new Promise<void>((resolve) => {
    writable.once("close", () => {
      end();
      resolve();
    });
  });
  return { writable, closed };
}
