/** One reassembled RTMP message. */
export type RtmpMessage = { csid: number; type: number; streamId: number; timestamp: number; payload: Buffer };

type ChunkStream = {
  timestamp: number;
  /** The last timestamp field's value (delta, or absolute for fmt 0) that a fmt 3 message start adds again. */
  delta: number;
  extended: boolean;
  length: number;
  type: number;
  streamId: number;
  parts: Buffer[];
  received: number;
};

const HEADER_SIZES = [11, 7, 3, 0] as const;

/**
 * Splits the RTMP chunk stream (after the handshake) into messages: chunk formats 0–3, extended
 * timestamps, the peer's chunk size, Abort. Payloads are gathered per chunk, so only a partial chunk
 * header (≤ 18 bytes) is ever copied between pushes. `maxMessageBytes` (and twice that for all unfinished
 * messages together) may be raised once the peer is trusted: commands are small, media is not.
 */
export function createRtmpChunkReader(opts: { maxMessageBytes: number; onMessage(message: RtmpMessage): void }) {
  const streams = new Map<number, ChunkStream>();
  let chunkSize = 128;
  let maxMessageBytes = opts.maxMessageBytes;
  let pending = Buffer.alloc(0);
  let current: { csid: number; stream: ChunkStream; left: number } | null = null;
  let pendingBytes = 0;

  const fail = (message: string): never => {
    throw new Error(`RTMP protocol error: ${message}`);
  };

  // Parses one chunk header at `offset`; returns its size, or 0 when more bytes are needed.
  const readHeader = (buf: Buffer, offset: number): number => {
    const available = buf.length - offset;
    const first = buf.readUInt8(offset);
    const fmt = first >> 6;
    let csid = first & 0x3f;
    let size = 1;
    if (csid === 0) {
      if (available < 2) return 0;
      csid = 64 + buf.readUInt8(offset + 1);
      size = 2;
    } else if (csid === 1) {
      if (available < 3) return 0;
      csid = 64 + buf.readUInt8(offset + 1) + buf.readUInt8(offset + 2) * 256;
      size = 3;
    }
    const fields = offset + size;
    size += HEADER_SIZES[fmt as 0 | 1 | 2 | 3];
    if (available < size) return 0;
    const prev = streams.get(csid);
    if (fmt !== 0 && !prev) fail(`chunk stream ${csid} starts without a full header`);
    const stream: ChunkStream = prev ?? { timestamp: 0, delta: 0, extended: false, length: 0, type: 0, streamId: 0, parts: [], received: 0 };
    const continuing = stream.received > 0;
    if (continuing && fmt !== 3) fail(`chunk stream ${csid} interrupted a message`);

    let field = stream.delta;
    let extended = stream.extended;
    if (fmt < 3) {
      field = buf.readUIntBE(fields, 3);
      extended = field === 0xffffff;
    }
    if (extended) {
      if (available < size + 4) return 0;
      const value = buf.readUInt32BE(offset + size);
      // Some encoders leave the extended timestamp out of continuation chunks: only skip it when it repeats.
      if (!continuing || value === stream.delta) {
        field = value;
        size += 4;
      }
    }
    if (!continuing) {
      if (fmt < 2) {
        stream.length = buf.readUIntBE(fields + 3, 3);
        stream.type = buf.readUInt8(fields + 6);
      }
      if (fmt === 0) stream.streamId = buf.readUInt32LE(fields + 7);
      stream.timestamp = fmt === 0 ? field : (stream.timestamp + field) >>> 0;
      stream.delta = field;
      stream.extended = extended;
      if (stream.length > maxMessageBytes) fail(`a ${stream.length}-byte message is over the ${maxMessageBytes}-byte limit`);
    }
    streams.set(csid, stream);
    current = { csid, stream, left: Math.min(chunkSize, stream.length - stream.received) };
    return size;
  };

  const finishChunk = () => {
    const { csid, stream } = current!;
    current = null;
    if (stream.received < stream.length) return;
    const payload = Buffer.concat(stream.parts, stream.length);
    pendingBytes -= stream.received;
    stream.parts = [];
    stream.received = 0;
    opts.onMessage({ csid, type: stream.type, streamId: stream.streamId, timestamp: stream.timestamp, payload });
  };

  return {
    push(chunk: Buffer) {
      const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      while (offset < buf.length) {
        if (!current) {
          const size = readHeader(buf, offset);
          if (size === 0) break;
          offset += size;
          if (current!.left > 0) continue;
        } else {
          const n = Math.min(current.left, buf.length - offset);
          current.stream.parts.push(Buffer.from(buf.subarray(offset, offset + n)));
          current.stream.received += n;
          current.left -= n;
          pendingBytes += n;
          offset += n;
          if (pendingBytes > 2 * maxMessageBytes) fail("too many unfinished messages");
          if (current.left > 0) continue;
        }
        finishChunk();
      }
      pending = offset < buf.length ? Buffer.from(buf.subarray(offset)) : Buffer.alloc(0);
    },
    setChunkSize(size: number) {
      if (size < 1 || size > 0xffffff) fail(`chunk size ${size} is out of range`);
      chunkSize = size;
    },
    setMaxMessageBytes(bytes: number) {
      maxMessageBytes = bytes;
    },
    /** Abort Message: drop the partly received message on a chunk stream. */
    abort(csid: number) {
      const stream = streams.get(csid);
      if (!stream || current?.csid === csid) return;
      pendingBytes -= stream.received;
      stream.parts = [];
      stream.received = 0;
    },
  };
}
