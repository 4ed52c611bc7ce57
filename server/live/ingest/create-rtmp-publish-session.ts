import { createIngestConnection } from "./create-ingest-connection";
import type { RtmpMessage } from "./create-rtmp-chunk-reader";
import { decodeAmf0, type Amf0Value } from "./decode-amf0";
import { FLV_AUDIO, FLV_SCRIPT, FLV_VIDEO } from "./encode-flv";
import { encodeAmf0 } from "./encode-amf0";
import type { IngestHandler } from "./ingest-types";

const APP = "live";
const PUBLISH_STREAM_ID = 1;
const COMMAND_CSID = 3;
const STATUS_CSID = 5;
const STOP_GRACE_MS = 2_000;
const WINDOW_ACK_SIZE = 2_500_000;
const EARLY_MEDIA_BYTES = 1024 * 1024;

type Transport = {
  send(message: { csid: number; type: number; streamId?: number; payload: Buffer }): void;
  /** Sends what is queued, then closes; the session hears about it through `onClosed`. */
  close(reason: string): void;
  pause(): void;
  resume(): void;
  /** The publisher is trusted from now on: allow media-sized messages. */
  acceptMedia(): void;
};

/**
 * The command side of one RTMP publisher: connect (app "live"), createStream, publish(key) checked by
 * the handler before any media, then audio/video/data messages turned into FLV tags.
 */
export function createRtmpPublishSession(opts: { protocol: "rtmp" | "rtmps"; remoteAddress: string; handler: IngestHandler; transport: Transport }) {
  const { transport } = opts;
  let state: "new" | "connected" | "authorizing" | "publishing" | "stopped" | "closed" = "new";
  let ingest: ReturnType<typeof createIngestConnection> | null = null;
  const early: RtmpMessage[] = [];
  let earlyBytes = 0;

  const isClosed = () => state === "closed";
  const command = (name: string, txId: number, values: Amf0Value[], streamId = 0) =>
    transport.send({ csid: streamId ? STATUS_CSID : COMMAND_CSID, type: 20, streamId, payload: encodeAmf0([name, txId, ...values]) });
  const status = (level: "status" | "error", code: string, description: string, streamId: number) =>
    command("onStatus", 0, [null, { level, code, description }], streamId);

  const publish = async (name: unknown, streamId: number) => {
    if (state !== "connected") return transport.close(state === "new" ? "publish before connect" : "only one publish per connection");
    // OBS and others may append ?query parameters to the stream name; the key is what precedes them.
    const streamKey = typeof name === "string" ? (name.split("?")[0] ?? "").trim() : "";
    const refuse = (reason: string) => {
      status("error", "NetStream.Publish.BadName", reason, streamId);
      transport.close(`refused: ${reason}`);
    };
    if (!streamKey) return refuse("No stream key: publish to rtmp://host/live/<stream key>");
    state = "authorizing";
    let decision;
    try {
      decision = await opts.handler.authorize({ protocol: opts.protocol, streamKey, remoteAddress: opts.remoteAddress });
    } catch (error) {
      console.error("[ingest] authorizing an RTMP publisher failed", error);
      decision = { accept: false as const, reason: "The stream key could not be checked; try again" };
    }
    if (isClosed()) return;
    if (!decision.accept) return refuse(decision.reason);
    state = "publishing";
    transport.acceptMedia();
    transport.send({ csid: 2, type: 4, payload: Buffer.from([0, 0, 0, 0, 0, streamId]) }); // User Control: Stream Begin
    status("status", "NetStream.Publish.Start", `${streamKey} is now published`, streamId);
    ingest = createIngestConnection({
      protocol: opts.protocol,
      streamKey,
      remoteAddress: opts.remoteAddress,
      source: { pause: transport.pause, resume: transport.resume, close: transport.close },
    });
    opts.handler.onPublish(ingest.connection);
    for (const message of early.splice(0)) onMedia(message);
  };

  const onCommand = (message: RtmpMessage) => {
    const [name, txId = 0, commandObject, ...args] = decodeAmf0(message.type === 17 ? message.payload.subarray(1) : message.payload);
    const tx = typeof txId === "number" ? txId : 0;
    switch (name) {
      case "connect": {
        const app = commandObject && typeof commandObject === "object" && "app" in commandObject ? String(commandObject.app) : "";
        if (state !== "new") return transport.close("connect sent twice");
        if (app.split("?")[0]?.replace(/\/+$/, "") !== APP) {
          const description = `Unknown application "${app}": publish to rtmp://host/${APP}/<stream key>`;
          command("_error", tx, [null, { level: "error", code: "NetConnection.Connect.Rejected", description }]);
          return transport.close(`refused: ${description}`);
        }
        state = "connected";
        transport.send({ csid: 2, type: 5, payload: uint32(WINDOW_ACK_SIZE) }); // Window Acknowledgement Size
        transport.send({ csid: 2, type: 6, payload: Buffer.concat([uint32(WINDOW_ACK_SIZE), Buffer.from([2])]) }); // Set Peer Bandwidth (dynamic)
        return command("_result", tx, [
          { fmsVer: "FMS/3,5,7,7009", capabilities: 31 },
          { level: "status", code: "NetConnection.Connect.Success", description: "Connection succeeded.", objectEncoding: 0 },
        ]);
      }
      case "releaseStream":
      case "FCPublish":
        return command("_result", tx, [null]);
      case "createStream":
        return command("_result", tx, [null, PUBLISH_STREAM_ID]);
      case "publish":
        return void publish(args[0], message.streamId || PUBLISH_STREAM_ID).catch((error: unknown) => {
          console.error("[ingest] starting an RTMP publish failed", error);
          transport.close("internal error");
        });
      case "FCUnpublish":
      case "deleteStream":
      case "closeStream":
        if (state !== "publishing") return;
        // The publisher closes the socket itself after deleteStream; closing first would fail its last writes.
        state = "stopped";
        ingest?.end("the publisher stopped publishing");
        return void setTimeout(() => transport.close("the publisher stopped publishing"), STOP_GRACE_MS).unref();
      case "play":
        status("error", "NetStream.Play.Failed", "This server only accepts publishing", message.streamId);
        return transport.close("refused: play is not supported");
      default:
        return; // _checkbw, getStreamLength…: nothing a publisher waits for
    }
  };

  const onMedia = (message: RtmpMessage) => {
    // Encoders that do not wait for Publish.Start send their sequence headers while the key is checked.
    if (state === "authorizing" && (earlyBytes += message.payload.length) <= EARLY_MEDIA_BYTES) early.push(message);
    if (state !== "publishing" || !ingest) return;
    if (message.type === 22) return forEachAggregateTag(message, ingest.writeTag);
    if (message.type === FLV_SCRIPT || message.type === 15) {
      const payload = message.type === 15 ? message.payload.subarray(1) : message.payload;
      return ingest.writeTag({ type: FLV_SCRIPT, timestamp: message.timestamp, data: withoutSetDataFrame(payload) });
    }
    ingest.writeTag({ type: message.type, timestamp: message.timestamp, data: message.payload });
  };

  return {
    onMessage(message: RtmpMessage) {
      if (message.type === 20 || message.type === 17) return onCommand(message);
      if ([FLV_AUDIO, FLV_VIDEO, FLV_SCRIPT, 15, 22].includes(message.type)) return onMedia(message);
    },
    countBytes(n: number) {
      ingest?.countBytes(n);
    },
    isPublishing: () => state === "publishing",
    onClosed(reason: string) {
      state = "closed";
      ingest?.end(reason);
    },
  };
}

// "@setDataFrame", "onMetaData", {...} → "onMetaData", {...}: the script tag FLV files carry.
function withoutSetDataFrame(payload: Buffer): Buffer {
  const marker = Buffer.from([0x02, 0x00, 0x0d, ...Buffer.from("@setDataFrame")]);
  return payload.subarray(0, marker.length).equals(marker) ? payload.subarray(marker.length) : payload;
}

// An Aggregate message holds FLV tags whose timestamps are offsets from the first one.
function forEachAggregateTag(message: RtmpMessage, write: (tag: { type: number; timestamp: number; data: Buffer }) => void) {
  const data = message.payload;
  let base: number | null = null;
  for (let offset = 0; offset + 11 <= data.length; ) {
    const size = data.readUIntBE(offset + 1, 3);
    if (offset + 11 + size > data.length) return;
    const timestamp = (data.readUIntBE(offset + 4, 3) | (data.readUInt8(offset + 7) << 24)) >>> 0;
    base ??= timestamp;
    write({ type: data.readUInt8(offset) & 0x1f, timestamp: (message.timestamp + timestamp - base) >>> 0, data: data.subarray(offset + 11, offset + 11 + size) });
    offset += 11 + size + 4;
  }
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
}
