import dgram from "node:dgram";
import { createFlvTagReader } from "./create-flv-tag-reader";
import { createIngestConnection } from "./create-ingest-connection";
import type { IngestHandler } from "./ingest-types";
import { isSrtHandshake, parseSrtHandshake, SRT_CONCLUSION, SRT_INDUCTION, SRT_REJECTION_BASE, type SrtHandshake } from "./parse-srt-handshake";
import { parseSrtStreamId } from "./parse-srt-stream-id";
import { patchSrtHandshake } from "./patch-srt-handshake";
import { spawnSrtReceiver, type SrtReceiver } from "./spawn-srt-receiver";

const IDLE_MS = 10_000;
const RECEIVER_ANSWER_MS = 3_000;
const INDUCTION_RETRY_MS = 100;
const REJECTED_LINGER_MS = 3_000;
const SRT_MAGIC = 0x4a17;
const SHUTDOWN = 0x80050000;
// Access-control rejection reasons (SRT_REJX_*), sent on the wire as 1000 + reason.
const REJECT = { badRequest: 1400, forbidden: 1403, serverError: 1500 } as const;

/**
 * One SRT caller behind the ingest proxy. The proxy answers the induction itself (its own cookie), so
 * nothing is spawned for a caller until its conclusion carries a streamid the handler accepts; a refused
 * caller gets a rejection handshake. An accepted caller gets its own ffmpeg listener: the proxy runs the
 * induction with it, swaps the cookie in the caller's conclusion and from then on relays packets both
 * ways, fixing up the Peer IP in handshakes so each side sees what it would without the proxy.
 */
export function createSrtPeer(opts: {
  remote: { address: string; port: number };
  handler: IngestHandler;
  latencyMs: number;
  /** Cookies valid for this caller now (current and previous minute). */
  cookies(): number[];
  sendToCaller(packet: Buffer): void;
  onGone(): void;
}) {
  const { remote } = opts;
  let state: "handshake" | "authorizing" | "starting" | "forwarding" | "rejected" | "closing" | "closed" = "handshake";
  let conclusion = Buffer.alloc(0);
  let callerSocketId = 0;
  let rejection: Buffer | null = null;
  let receiver: SrtReceiver | null = null;
  let relay: dgram.Socket | null = null;
  let receiverCookie = 0;
  let ingest: ReturnType<typeof createIngestConnection> | null = null;
  let closeReason: string | null = null;
  let callerLeft = false;
  let lastHeard = Date.now();
  const timers = new Set<NodeJS.Timeout>();
  let resolveGone!: () => void;
  const gone = new Promise<void>((resolve) => (resolveGone = resolve));

  const later = (ms: number, fn: () => void, repeat = false) => {
    const timer = (repeat ? setInterval : setTimeout)(fn, ms).unref();
    timers.add(timer);
    return timer;
  };
  later(1_000, () => Date.now() - lastHeard > IDLE_MS && close(`no packets from the SRT caller for ${IDLE_MS / 1000} s`), true);

  const toReceiver = (packet: Buffer) => {
    if (relay && receiver) relay.send(packet, receiver.port, "127.0.0.1");
  };

  const reject = (reason: string, code: number) => {
    if (state === "closing" || state === "closed") return;
    state = "rejected";
    rejection = patchSrtHandshake(conclusion, { handshakeType: SRT_REJECTION_BASE + code, destinationSocketId: callerSocketId, withoutExtensions: true });
    opts.sendToCaller(rejection);
    receiver?.stop();
    later(REJECTED_LINGER_MS, () => finish(`refused: ${reason}`));
  };

  const authorize = async (hs: SrtHandshake) => {
    state = "authorizing";
    callerSocketId = hs.socketId;
    const parsed = parseSrtStreamId(hs.version === 5 ? hs.streamId : null);
    if ("error" in parsed) return reject(parsed.error, REJECT.badRequest);
    let decision;
    try {
      decision = await opts.handler.authorize({ protocol: "srt", streamKey: parsed.streamKey, remoteAddress: remote.address });
    } catch (error) {
      console.error("[ingest] authorizing an SRT caller failed", error);
      return reject("The stream key could not be checked", REJECT.serverError);
    }
    if (state !== "authorizing") return;
    if (!decision.accept) return reject(decision.reason, REJECT.forbidden);
    await start(parsed.streamKey);
  };

  const start = async (streamKey: string) => {
    state = "starting";
    try {
      receiver = await spawnSrtReceiver({ latencyMs: opts.latencyMs });
      relay = dgram.createSocket("udp4").on("error", (error) => close(`relay socket: ${error.message}`));
      await new Promise<void>((resolve) => relay!.bind(0, "127.0.0.1", resolve));
    } catch (error) {
      console.error("[ingest] the SRT receiver could not start", error);
      return reject("The receiver could not start", REJECT.serverError);
    }
    if (state !== "starting") return void receiver.stop();
    const running = receiver;
    relay.on("message", (packet, from) => from.port === running.port && fromReceiver(packet, streamKey));
    void running.exited.then(({ code, stderrTail }) => {
      if (state === "starting") return reject("The receiver could not start", REJECT.serverError);
      finish(closeReason ?? (callerLeft || code === 0 ? "the SRT caller disconnected" : `the SRT receiver stopped: ${tellingLine(stderrTail) ?? `exit code ${code}`}`));
    });
    // Induction with the receiver on the caller's behalf: it hands out its own cookie for the relay's address.
    const induction = patchSrtHandshake(conclusion, {
      version: 4,
      typeField: 2,
      handshakeType: SRT_INDUCTION,
      cookie: 0,
      destinationSocketId: 0,
      peerAddress: "127.0.0.1",
      withoutExtensions: true,
    });
    const retry = later(INDUCTION_RETRY_MS, () => state === "starting" && toReceiver(induction), true);
    toReceiver(induction);
    later(RECEIVER_ANSWER_MS, () => {
      clearInterval(retry);
      if (state === "starting") reject("The receiver did not answer", REJECT.serverError);
    });
  };

  const fromReceiver = (packet: Buffer, streamKey: string) => {
    if (state === "starting") {
      const hs = parseSrtHandshake(packet);
      if (hs?.handshakeType !== SRT_INDUCTION) return;
      receiverCookie = hs.cookie;
      state = "forwarding";
      beginIngest(streamKey);
      return toReceiver(patchSrtHandshake(conclusion, { cookie: receiverCookie, peerAddress: "127.0.0.1" }));
    }
    if (state !== "forwarding" && state !== "closing") return;
    opts.sendToCaller(isSrtHandshake(packet) ? patchSrtHandshake(packet, { peerAddress: remote.address }) : packet);
  };

  const beginIngest = (streamKey: string) => {
    const stdout = receiver!.stdout;
    ingest = createIngestConnection({
      protocol: "srt",
      streamKey,
      remoteAddress: remote.address,
      source: { pause: () => stdout.pause(), resume: () => stdout.resume(), close },
    });
    const current = ingest;
    const reader = createFlvTagReader({ onHeader: current.writeHeader, onTag: current.writeTag });
    stdout.on("data", (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (error) {
        close(`the SRT receiver's output could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
    });
    try {
      opts.handler.onPublish(current.connection);
    } catch (error) {
      console.error("[ingest] onPublish failed for an SRT caller", error);
      close("internal error");
    }
  };

  function close(reason: string) {
    if (state === "closing" || state === "closed") return;
    closeReason ??= reason;
    ingest?.end(reason);
    if (!receiver) return finish(reason);
    // ffmpeg closes its SRT socket on SIGTERM, which sends the caller a shutdown through the relay.
    state = "closing";
    receiver.stop();
  }

  function finish(reason: string) {
    if (state === "closed") return;
    state = "closed";
    for (const timer of timers) clearTimeout(timer);
    receiver?.stop();
    relay?.close();
    ingest?.end(reason);
    opts.onGone();
    resolveGone();
  }

  return {
    gone,
    close,
    fromCaller(packet: Buffer) {
      lastHeard = Date.now();
      ingest?.countBytes(packet.length);
      const hs = parseSrtHandshake(packet);
      switch (state) {
        case "handshake":
          if (hs?.handshakeType === SRT_INDUCTION) {
            const answer = { version: 5, typeField: SRT_MAGIC, cookie: opts.cookies()[0], destinationSocketId: hs.socketId };
            return opts.sendToCaller(patchSrtHandshake(packet, { ...answer, peerAddress: remote.address, withoutExtensions: true }));
          }
          if (hs?.handshakeType === SRT_CONCLUSION && opts.cookies().includes(hs.cookie)) {
            conclusion = Buffer.from(packet);
            return void authorize(hs);
          }
          return;
        case "authorizing":
        case "starting":
          if (hs?.handshakeType === SRT_CONCLUSION) conclusion = Buffer.from(packet);
          return;
        case "rejected":
          if (hs?.handshakeType === SRT_CONCLUSION && rejection) opts.sendToCaller(rejection);
          return;
        case "forwarding":
          if (packet.length >= 4 && packet.readUInt32BE(0) === SHUTDOWN) callerLeft = true;
          return toReceiver(hs ? patchSrtHandshake(packet, { cookie: hs.handshakeType === SRT_CONCLUSION ? receiverCookie : undefined, peerAddress: "127.0.0.1" }) : packet);
        default:
          return;
      }
    },
  };
}

// ffmpeg's first error line says why (e.g. "Video codec hevc not compatible with flv"); later ones repeat it vaguely.
function tellingLine(stderrTail: string): string | null {
  const lines = stderrTail.split("\n").map((line) => line.replace(/^\[[^\]]*\]\s*/, "").trim()).filter(Boolean);
  return lines.find((line) => /not compatible|not supported|Invalid data|could not find/i.test(line)) ?? lines[0] ?? null;
}
