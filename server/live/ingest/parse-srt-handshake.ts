/** Handshake request types (SRT draft §3.2.1) and the offset a rejection code is sent at. */
export const SRT_INDUCTION = 1;
export const SRT_CONCLUSION = 0xffffffff;
export const SRT_REJECTION_BASE = 1000;
export const SRT_HEADER_BYTES = 16;
export const SRT_HANDSHAKE_CIF_BYTES = 48;
const SID_EXTENSION = 5;

export type SrtHandshake = {
  version: number;
  handshakeType: number;
  /** The sender's SRT socket id. */
  socketId: number;
  cookie: number;
  /** Stream ID from the SID extension of an HSv5 conclusion, if any. */
  streamId: string | null;
};

/** True for an SRT control packet of type 0 (handshake) long enough to hold the handshake CIF. */
export function isSrtHandshake(packet: Buffer): boolean {
  return packet.length >= SRT_HEADER_BYTES + SRT_HANDSHAKE_CIF_BYTES && packet.readUInt16BE(0) === 0x8000;
}

/** The fields of a handshake packet the ingest proxy acts on, or null for anything else. */
export function parseSrtHandshake(packet: Buffer): SrtHandshake | null {
  if (!isSrtHandshake(packet)) return null;
  const cif = SRT_HEADER_BYTES;
  let streamId: string | null = null;
  // HSv5 extensions follow the CIF: 16-bit type, 16-bit length in 32-bit words, content.
  for (let offset = cif + SRT_HANDSHAKE_CIF_BYTES; offset + 4 <= packet.length; ) {
    const type = packet.readUInt16BE(offset);
    const bytes = packet.readUInt16BE(offset + 2) * 4;
    const content = packet.subarray(offset + 4, offset + 4 + bytes);
    if (content.length < bytes) break;
    if (type === SID_EXTENSION) streamId = decodeSrtString(content);
    offset += 4 + bytes;
  }
  return {
    version: packet.readUInt32BE(cif),
    handshakeType: packet.readUInt32BE(cif + 20),
    socketId: packet.readUInt32BE(cif + 24),
    cookie: packet.readUInt32BE(cif + 28),
    streamId,
  };
}

// SRT string extensions are sent as 32-bit words with each word's bytes reversed, zero padded.
function decodeSrtString(content: Buffer): string {
  const bytes = Buffer.alloc(content.length);
  for (let i = 0; i + 4 <= content.length; i += 4) bytes.writeUInt32LE(content.readUInt32BE(i), i);
  const end = bytes.indexOf(0);
  return bytes.toString("utf8", 0, end < 0 ? bytes.length : end);
}
