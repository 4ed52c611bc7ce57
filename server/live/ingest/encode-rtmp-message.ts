/** Splits one outgoing message into chunks: a type-0 header, then type-3 continuation headers (csid < 64). */
export function encodeRtmpMessage(message: { csid: number; type: number; streamId?: number; timestamp?: number; payload: Buffer }, chunkSize: number): Buffer {
  const timestamp = (message.timestamp ?? 0) >>> 0;
  const extended = timestamp >= 0xffffff;
  const extendedBytes = () => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(timestamp);
    return bytes;
  };
  const header = Buffer.alloc(12);
  header.writeUInt8(message.csid & 0x3f, 0);
  header.writeUIntBE(extended ? 0xffffff : timestamp, 1, 3);
  header.writeUIntBE(message.payload.length, 4, 3);
  header.writeUInt8(message.type, 7);
  header.writeUInt32LE(message.streamId ?? 0, 8);
  const parts: Buffer[] = [header];
  if (extended) parts.push(extendedBytes());
  for (let offset = 0; offset < message.payload.length || offset === 0; offset += chunkSize) {
    if (offset > 0) {
      parts.push(Buffer.from([0xc0 | (message.csid & 0x3f)]));
      if (extended) parts.push(extendedBytes());
    }
    parts.push(message.payload.subarray(offset, offset + chunkSize));
    if (message.payload.length === 0) break;
  }
  return Buffer.concat(parts);
}
