import { formatAvcCodec } from "@/server/encoding/format-avc-codec";
import { type Box, childOf, childrenOf, descend, fullBoxHeader, readBoxes } from "./iso-boxes";

export type InitTrack = {
  id: number;
  kind: "video" | "audio" | "other";
  timescale: number;
  /** RFC 6381 codec string (avc1.PPCCLL, mp4a.40.N), null when the sample entry is not understood. */
  codec: string | null;
  width: number | null;
  height: number | null;
  /** trex defaults, used when a fragment states neither durations nor flags itself. */
  defaultSampleDuration: number;
  defaultSampleFlags: number;
};

export type InitSegmentInfo = { tracks: InitTrack[]; codecs: string };

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

function hevcCodec(buf: Buffer, type: string, hvcC: Box): string {
  const b = hvcC.body;
  const space = buf[b + 1]! >> 6;
  const tier = (buf[b + 1]! >> 5) & 1;
  const profile = buf[b + 1]! & 0x1f;
  let compat = buf.readUInt32BE(b + 2);
  let reversed = 0;
  for (let i = 0; i < 32; i++, compat >>>= 1) reversed = (reversed << 1) | (compat & 1);
  const constraints = [...buf.subarray(b + 6, b + 12)];
  while (constraints.length && constraints.at(-1) === 0) constraints.pop();
  const parts = [type, `${["", "A", "B", "C"][space]}${profile}`, (reversed >>> 0).toString(16), `${tier ? "H" : "L"}${buf[b + 12]}`];
  return [...parts, ...constraints.map((c) => c.toString(16).toUpperCase())].join(".");
}

// esds: ES_Descriptor (tag 3) > DecoderConfigDescriptor (tag 4: object type) > DecoderSpecificInfo (tag 5: AAC object type).
function audioCodec(buf: Buffer, esds: Box): string {
  let at = esds.body + 4;
  let objectType = 0x40;
  let aot = 2;
  const readLength = () => {
    let length = 0;
    for (let i = 0; i < 4; i++) {
      const byte = buf[at++]!;
      length = (length << 7) | (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return length;
  };
  while (at < esds.end - 2) {
    const tag = buf[at++]!;
    const length = readLength();
    if (tag === 3) {
      const flags = buf[at + 2]!;
      at += 3 + (flags & 0x80 ? 2 : 0);
      if (flags & 0x40) at += 1 + buf[at]!;
      if (flags & 0x20) at += 2;
    } else if (tag === 4) {
      objectType = buf[at]!;
      at += 13;
    } else if (tag === 5) {
      const first = buf[at]! >> 3;
      aot = first === 31 ? 32 + (((buf[at]! & 0x07) << 3) | (buf[at + 1]! >> 5)) : first;
      break;
    } else at += length;
  }
  return objectType === 0x40 ? `mp4a.40.${aot}` : `mp4a.${hex2(objectType).toUpperCase()}`;
}

function describeTrack(buf: Buffer, trak: Box, trexes: Map<number, { duration: number; flags: number }>): InitTrack {
  const tkhd = childOf(buf, trak, "tkhd");
  const mdhd = descend(buf, trak, ["mdia", "mdhd"]);
  const hdlr = descend(buf, trak, ["mdia", "hdlr"]);
  const stsd = descend(buf, trak, ["mdia", "minf", "stbl", "stsd"]);
  if (!tkhd || !mdhd || !hdlr || !stsd) throw new Error("trak without tkhd, mdhd, hdlr or stsd");
  const id = buf.readUInt32BE(tkhd.body + 4 + (fullBoxHeader(buf, tkhd).version === 1 ? 16 : 8));
  const timescale = buf.readUInt32BE(mdhd.body + 4 + (fullBoxHeader(buf, mdhd).version === 1 ? 16 : 8));
  const handler = buf.toString("latin1", hdlr.body + 8, hdlr.body + 12);
  const kind = handler === "vide" ? "video" : handler === "soun" ? "audio" : "other";
  const entry = childrenOf(buf, stsd, 8)[0];
  let codec: string | null = null;
  let width: number | null = null;
  let height: number | null = null;
  if (entry && kind === "video") {
    width = buf.readUInt16BE(entry.body + 24);
    height = buf.readUInt16BE(entry.body + 26);
    const config = childrenOf(buf, entry, 78);
    const avcC = config.find((b) => b.type === "avcC");
    const hvcC = config.find((b) => b.type === "hvcC");
    if (avcC) codec = formatAvcCodec(buf[avcC.body + 1]!, buf[avcC.body + 2]!, buf[avcC.body + 3]!).replace("avc1", entry.type);
    else if (hvcC) codec = hevcCodec(buf, entry.type, hvcC);
  } else if (entry && kind === "audio") {
    const esds = entry.type === "mp4a" ? childOf(buf, entry, "esds", 28) : undefined;
    codec = esds ? audioCodec(buf, esds) : entry.type === "Opus" ? "opus" : entry.type;
  }
  const trex = trexes.get(id) ?? { duration: 0, flags: 0 };
  return { id, kind, timescale, codec, width, height, defaultSampleDuration: trex.duration, defaultSampleFlags: trex.flags };
}

/** What the packager needs from an fMP4 init segment (ftyp + moov): its tracks, timescales, trex defaults and CODECS. */
export function parseInitSegment(buf: Buffer): InitSegmentInfo {
  const moov = readBoxes(buf).find((b) => b.type === "moov");
  if (!moov) throw new Error("init segment without moov");
  const children = childrenOf(buf, moov);
  const trexes = new Map<number, { duration: number; flags: number }>();
  const mvex = children.find((b) => b.type === "mvex");
  for (const trex of mvex ? childrenOf(buf, mvex).filter((b) => b.type === "trex") : []) {
    trexes.set(buf.readUInt32BE(trex.body + 4), { duration: buf.readUInt32BE(trex.body + 12), flags: buf.readUInt32BE(trex.body + 20) });
  }
  const tracks = children.filter((b) => b.type === "trak").map((trak) => describeTrack(buf, trak, trexes));
  const codecs = [...tracks.filter((t) => t.kind === "video"), ...tracks.filter((t) => t.kind === "audio")]
    .map((t) => t.codec)
    .filter((c): c is string => !!c)
    .join(",");
  return { tracks, codecs };
}
