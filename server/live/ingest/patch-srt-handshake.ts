import net from "node:net";
import { SRT_HANDSHAKE_CIF_BYTES, SRT_HEADER_BYTES } from "./parse-srt-handshake";

export type SrtHandshakePatch = {
  version?: number;
  /** The CIF's 32-bit type field: encryption flags (high 16 bits) and extension flags (low 16 bits). */
  typeField?: number;
  handshakeType?: number;
  cookie?: number;
  destinationSocketId?: number;
  /** Written into the Peer IP field (byte-reversed 32-bit words, as libsrt sends it). */
  peerAddress?: string;
  /** Keep only the header and the CIF (no HSv5 extensions). */
  withoutExtensions?: boolean;
};

/** A copy of a handshake packet with some fields replaced (the proxy answers, rejects and relays with it). */
export function patchSrtHandshake(packet: Buffer, patch: SrtHandshakePatch): Buffer {
  const out = Buffer.from(patch.withoutExtensions ? packet.subarray(0, SRT_HEADER_BYTES + SRT_HANDSHAKE_CIF_BYTES) : packet);
  const cif = SRT_HEADER_BYTES;
  if (patch.destinationSocketId !== undefined) out.writeUInt32BE(patch.destinationSocketId >>> 0, 12);
  if (patch.version !== undefined) out.writeUInt32BE(patch.version, cif);
  if (patch.typeField !== undefined) out.writeUInt32BE(patch.typeField >>> 0, cif + 4);
  if (patch.handshakeType !== undefined) out.writeUInt32BE(patch.handshakeType >>> 0, cif + 20);
  if (patch.cookie !== undefined) out.writeUInt32BE(patch.cookie >>> 0, cif + 28);
  if (patch.peerAddress !== undefined) {
    const ip = ipBytes(patch.peerAddress);
    out.fill(0, cif + 32, cif + 48);
    for (let i = 0; i + 4 <= ip.length; i += 4) out.writeUInt32LE(ip.readUInt32BE(i), cif + 32 + i);
  }
  return out;
}

function ipBytes(address: string): Buffer {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (net.isIPv4(mapped ?? address)) return Buffer.from((mapped ?? address).split(".").map(Number));
  if (!net.isIPv6(address)) return Buffer.alloc(4);
  const [head = "", tail = ""] = address.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [...groups(head), ...Array<string>(address.includes("::") ? missing : 0).fill("0"), ...groups(tail)];
  const bytes = Buffer.alloc(16);
  all.slice(0, 8).forEach((group, i) => bytes.writeUInt16BE(parseInt(group, 16) || 0, i * 2));
  return bytes;
}
