import { childrenOf, fullBoxHeader, readBoxes } from "./iso-boxes";
import type { InitSegmentInfo, InitTrack } from "./parse-init-segment";

export type FragmentTrack = {
  id: number;
  kind: InitTrack["kind"];
  timescale: number;
  /** tfdt baseMediaDecodeTime, in the track's timescale. */
  baseDecodeTime: number;
  sampleCount: number;
  /** Sum of the sample durations, in the track's timescale. */
  duration: number;
  /** The first sample is a sync sample (sample_is_non_sync_sample clear). */
  firstSampleSync: boolean;
};

const NON_SYNC = 0x10000;

/**
 * Timing and sync of each track fragment in a moof. Durations and flags fall back as ISO/IEC 14496-12
 * says: trun per-sample values, then tfhd defaults, then the init segment's trex defaults.
 */
export function parseFragment(buf: Buffer, init: InitSegmentInfo): FragmentTrack[] {
  const moof = readBoxes(buf).find((b) => b.type === "moof");
  if (!moof) throw new Error("fragment without moof");
  const tracks: FragmentTrack[] = [];
  for (const traf of childrenOf(buf, moof).filter((b) => b.type === "traf")) {
    const boxes = childrenOf(buf, traf);
    const tfhd = boxes.find((b) => b.type === "tfhd");
    if (!tfhd) throw new Error("traf without tfhd");
    const tfhdFlags = fullBoxHeader(buf, tfhd).flags;
    const id = buf.readUInt32BE(tfhd.body + 4);
    const track = init.tracks.find((t) => t.id === id);
    if (!track) throw new Error(`fragment for track ${id}, which the init segment does not declare`);
    let at = tfhd.body + 8 + (tfhdFlags & 0x1 ? 8 : 0) + (tfhdFlags & 0x2 ? 4 : 0);
    let defaultDuration = track.defaultSampleDuration;
    let defaultFlags = track.defaultSampleFlags;
    if (tfhdFlags & 0x8) (defaultDuration = buf.readUInt32BE(at)), (at += 4);
    if (tfhdFlags & 0x10) at += 4;
    if (tfhdFlags & 0x20) defaultFlags = buf.readUInt32BE(at);

    const tfdt = boxes.find((b) => b.type === "tfdt");
    const baseDecodeTime = !tfdt ? 0 : fullBoxHeader(buf, tfdt).version === 1 ? Number(buf.readBigUInt64BE(tfdt.body + 4)) : buf.readUInt32BE(tfdt.body + 4);

    let sampleCount = 0;
    let duration = 0;
    let firstFlags: number | null = null;
    for (const trun of boxes.filter((b) => b.type === "trun")) {
      const flags = fullBoxHeader(buf, trun).flags;
      const count = buf.readUInt32BE(trun.body + 4);
      let p = trun.body + 8 + (flags & 0x1 ? 4 : 0);
      let firstSampleFlags: number | null = null;
      if (flags & 0x4) (firstSampleFlags = buf.readUInt32BE(p)), (p += 4);
      for (let i = 0; i < count; i++) {
        let sampleFlags = i === 0 && firstSampleFlags !== null ? firstSampleFlags : defaultFlags;
        if (flags & 0x100) (duration += buf.readUInt32BE(p)), (p += 4);
        else duration += defaultDuration;
        if (flags & 0x200) p += 4;
        if (flags & 0x400) {
          if (!(i === 0 && firstSampleFlags !== null)) sampleFlags = buf.readUInt32BE(p);
          p += 4;
        }
        if (flags & 0x800) p += 4;
        if (firstFlags === null) firstFlags = sampleFlags;
      }
      sampleCount += count;
    }
    tracks.push({
      id,
      kind: track.kind,
      timescale: track.timescale,
      baseDecodeTime,
      sampleCount,
      duration,
      firstSampleSync: firstFlags !== null && !(firstFlags & NON_SYNC),
    });
  }
  return tracks;
}
