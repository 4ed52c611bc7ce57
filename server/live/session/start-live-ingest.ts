import fs from "node:fs";
import { authorizeLivePublish } from "@/server/live/authorize-live-publish";
import type { IngestHandler } from "@/server/live/ingest/ingest-types";
import { startRtmpServer } from "@/server/live/ingest/start-rtmp-server";
import { startSrtServer } from "@/server/live/ingest/start-srt-server";
import { startLiveOrigin } from "@/server/live/packager/start-live-origin";
import type { Storage } from "@/server/storage/storage";
import { createLiveHub } from "./live-hub";
import { runLiveConnection, type LiveNode } from "./run-live-connection";
import { watchLiveSessions } from "./watch-live-sessions";

export type LiveIngestOptions = {
  storage: Storage;
  host: string;
  rtmpPort: number;
  /** RTMPS runs when both PEM files are given. */
  rtmps?: { port: number; certFile: string; keyFile: string };
  srtPort: number;
  originPort: number;
  /** How the web app reaches this node's origin; `{port}` is replaced by the bound origin port. */
  originUrl: string;
  dvrWindowSeconds: number;
  maxRenditions: number;
  watchIntervalMs?: number;
};

/**
 * The ingest node (runs inside the worker): RTMP, RTMPS and SRT servers whose publishers are
 * checked against the database at connect time, the live origin the web app proxies playback to,
 * and the control loop. Returns the bound ports (0 in the options picks free ones).
 */
export async function startLiveIngest(options: LiveIngestOptions) {
  const hub = createLiveHub();
  const running = new Set<Promise<void>>();
  const origin = await startLiveOrigin({ host: options.host, port: options.originPort, lookup: (id) => hub.get(id)?.packager });
  const node: LiveNode = {
    hub,
    storage: options.storage,
    originUrl: options.originUrl.replace("{port}", String(origin.port)),
    dvrWindowSeconds: options.dvrWindowSeconds,
    maxRenditions: options.maxRenditions,
  };
  const handler: IngestHandler = {
    async authorize(req) {
      const result = await authorizeLivePublish({ streamKey: req.streamKey, protocol: req.protocol });
      if (!result.ok) console.warn(`[live] refused a ${req.protocol} publisher from ${req.remoteAddress}: ${result.reason}`);
      return result.ok ? { accept: true } : { accept: false, reason: result.reason };
    },
    onPublish(conn) {
      const run = (async () => {
        // The key was checked a moment ago; read the stream again for its settings.
        const result = await authorizeLivePublish({ streamKey: conn.streamKey, protocol: conn.protocol });
        if (!result.ok) return conn.close(result.reason);
        await runLiveConnection(conn, node, result.liveStream);
      })().catch((error: unknown) => {
        console.error("[live] connection failed", error);
        conn.close("internal error");
      });
      running.add(run);
      void run.finally(() => running.delete(run));
    },
  };
  const rtmp = await startRtmpServer({ host: options.host, port: options.rtmpPort, handler });
  const rtmps = options.rtmps
    ? await startRtmpServer({
        host: options.host,
        port: options.rtmps.port,
        tls: { cert: fs.readFileSync(options.rtmps.certFile), key: fs.readFileSync(options.rtmps.keyFile) },
        handler,
      })
    : null;
  const srt = await startSrtServer({ host: options.host, port: options.srtPort, handler });
  const watch = watchLiveSessions(hub, options.watchIntervalMs);
  return {
    hub,
    originUrl: node.originUrl,
    rtmpPort: rtmp.port,
    rtmpsPort: rtmps?.port ?? null,
    srtPort: srt.port,
    originPort: origin.port,
    tick: watch.tick,
    async close() {
      watch.stop();
      for (const state of hub.values()) state.connection?.conn.close("the ingest node is shutting down");
      await Promise.all([rtmp.close(), rtmps?.close(), srt.close()]);
      // Let connections hand their sessions to the reconnect window before the origin goes.
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, 10_000))]);
      await origin.close();
    },
  };
}
