import fs from "node:fs/promises";
import { formatAvcCodec } from "./format-avc-codec";

export interface InitCodecs {
  video: string | null;
  audio: string | null;
}

// Finds a four-character box type anywhere in the buffer; init segments are small and the names rare.
const find = (buf: Buffer, type: string, from = 0) => buf.indexOf(Buffer.from(type, "latin1"), from);

/** The AAC audio object type from an esds box: the first 5 bits of its DecoderSpecificInfo (tag 0x05). */
function aacObjectType(buf: Buffer, esds: number): number | null {
  const end = Math.min(buf.length, esds + 4 + buf.readUInt32BE(esds - 4));
  for (let i = esds + 8; i < end - 2; i++) {
    if (buf[i] !== 0x05) continue;
    // Descriptor length: up to four bytes of 7 bits each, high bit = more follows.
    let j = i + 1;
    while (j < i + 5 && (buf[j]! & 0x80) !== 0) j++;
    const first = buf[j + 1];
    if (first === undefined) return null;
    const aot = first >> 3;
    // 31 escapes to a 6-bit extension (rare: object types above 31).
    return aot === 31 ? 32 + (((first & 0x07) << 3) | (buf[j + 2]! >> 5)) : aot;
  }
  return null;
}

/**
 * The CODECS strings an fMP4 init segment really declares: `avc1.PPCCLL` from its avcC record and
 * `mp4a.40.N` from its esds, read from the bytes rather than guessed from profile names.
 */
export async function readInitCodecs(initFile: string): Promise<InitCodecs> {
  const buf = await fs.readFile(initFile);
  const avcC = find(buf, "avcC");
  // avcC payload: configurationVersion, then AVCProfileIndication, profile_compatibility, AVCLevelIndication.
  const video = avcC >= 0 && avcC + 8 <= buf.length ? formatAvcCodec(buf[avcC + 5]!, buf[avcC + 6]!, buf[avcC + 7]!) : null;
  let audio: string | null = null;
  if (find(buf, "mp4a") >= 0) {
    const esds = find(buf, "esds");
    audio = `mp4a.40.${(esds >= 4 && aacObjectType(buf, esds)) || 2}`;
  }
  return { video, audio };
}
