import { randomBytes } from "node:crypto";
import type { Socket } from "node:net";
import { createRtmpChunkReader, type RtmpMessage } from "./create-rtmp-chunk-reader";
import { createRtmpPublishSession } from "./create-rtmp-publish-session";
import { encodeRtmpMessage } from "./encode-rtmp-message";
import type { IngestHandler } from "./ingest-types";

const HANDSHAKE_BYTES = 1536;
const OUT_CHUNK_SIZE = 4096;
const DEFAULT_ACK_WINDOW = 2_500_000;
// Commands are small; media messages are capped well above a 4K keyframe at broadcast bitrates.
const COMMAND_MAX_BYTES = 64 * 1024;
const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
const IDLE_MS = 20_000;
const PUBLISH_DEADLINE_MS = 30_000;
const CLOSE_GRACE_MS = 1_000;

/**
 * One RTMP(S) client socket: the plain handshake (S1 with a zero version field, which ffmpeg, OBS and
 * librtmp accept without digests), then the chunk stream, protocol control messages and
 * acknowledgements. Commands and media go to the publish session.
 */
export function handleRtmpSocket(socket: Socket, opts: { protocol: "rtmp" | "rtmps"; handler: IngestHandler }): { close(reason: string): void } {
  let stage: "c0c1" | "c2" | "chunks" = "c0c1";
  let handshake = Buffer.alloc(0);
  let closeReason: string | null = null;
  let [bytesIn, ackedAt, ackWindow] = [0, 0, DEFAULT_ACK_WINDOW];

  const write = (bytes: Buffer) => {
    if (!socket.destroyed && socket.writable) socket.write(bytes);
  };
  const send = (message: Parameters<typeof encodeRtmpMessage>[0]) => write(encodeRtmpMessage(message, OUT_CHUNK_SIZE));
  const close = (reason: string) => {
    if (closeReason) return;
    closeReason = reason;
    socket.end();
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
  };

  const session = createRtmpPublishSession({
    protocol: opts.protocol,
    remoteAddress: (socket.remoteAddress ?? "").replace(/^::ffff:/, ""),
    handler: opts.handler,
    transport: {
      send,
      close,
      pause: () => socket.pause(),
      resume: () => socket.resume(),
      acceptMedia: () => reader.setMaxMessageBytes(MEDIA_MAX_BYTES),
    },
  });

  const onMessage = (message: RtmpMessage) => {
    const { type, payload } = message;
    if (type >= 1 && type <= 6 && payload.length < (type === 4 ? 2 : 4)) throw new Error(`RTMP protocol error: short control message ${type}`);
    switch (type) {
      case 1:
        return reader.setChunkSize(payload.readUInt32BE(0) & 0x7fffffff);
      case 2:
        return reader.abort(payload.readUInt32BE(0));
      case 4: // User Control: answer Ping Request (6) with Ping Response (7)
        if (payload.readUInt16BE(0) === 6 && payload.length >= 6) send({ csid: 2, type: 4, payload: Buffer.concat([Buffer.from([0, 7]), payload.subarray(2, 6)]) });
        return;
      case 5:
        ackWindow = Math.max(payload.readUInt32BE(0), 4096);
        return;
      case 3:
      case 6:
        return;
      default:
        session.onMessage(message);
    }
  };
  const reader = createRtmpChunkReader({ maxMessageBytes: COMMAND_MAX_BYTES, onMessage });

  // C0+C1 → S0+S1+S2 (S2 echoes C1, as librtmp checks); then C2, which needs no answer.
  const readHandshake = (data: Buffer): Buffer => {
    handshake = Buffer.concat([handshake, data]);
    if (stage === "c0c1" && handshake.length >= 1 + HANDSHAKE_BYTES) {
      if (handshake.readUInt8(0) !== 3) throw new Error(`RTMP version ${handshake.readUInt8(0)} is not supported (RTMPE is not)`);
      const s1 = Buffer.concat([Buffer.alloc(8), randomBytes(HANDSHAKE_BYTES - 8)]);
      write(Buffer.concat([Buffer.from([3]), s1, handshake.subarray(1, 1 + HANDSHAKE_BYTES)]));
      handshake = handshake.subarray(1 + HANDSHAKE_BYTES);
      stage = "c2";
    }
    if (stage === "c2" && handshake.length >= HANDSHAKE_BYTES) {
      const rest = handshake.subarray(HANDSHAKE_BYTES);
      handshake = Buffer.alloc(0);
      stage = "chunks";
      send({ csid: 2, type: 1, payload: Buffer.from([0, 0, OUT_CHUNK_SIZE >> 8, OUT_CHUNK_SIZE & 0xff]) }); // Set Chunk Size
      return rest;
    }
    return Buffer.alloc(0);
  };

  socket.on("data", (data: Buffer) => {
    if (closeReason) return;
    bytesIn += data.length;
    session.countBytes(data.length);
    try {
      const chunks = stage === "chunks" ? data : readHandshake(data);
      if (chunks.length) reader.push(chunks);
    } catch (error) {
      close(error instanceof Error ? error.message : String(error));
      return;
    }
    if (bytesIn - ackedAt >= ackWindow) {
      ackedAt = bytesIn;
      const ack = Buffer.alloc(4);
      ack.writeUInt32BE(bytesIn >>> 0);
      send({ csid: 2, type: 3, payload: ack });
    }
  });

  socket.setNoDelay(true);
  socket.setTimeout(IDLE_MS, () => close(`no data from the publisher for ${IDLE_MS / 1000} s`));
  const deadline = setTimeout(() => {
    if (!session.isPublishing()) close(`no publish within ${PUBLISH_DEADLINE_MS / 1000} s`);
  }, PUBLISH_DEADLINE_MS).unref();
  socket.on("error", (error) => {
    closeReason ??= `connection error: ${error.message}`;
  });
  socket.on("close", () => {
    clearTimeout(deadline);
    session.onClosed(closeReason ?? "the publisher disconnected");
  });
  return { close };
}
