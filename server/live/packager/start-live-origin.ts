import http from "node:http";
import type { AddressInfo } from "node:net";
import { corsHeaders } from "@/server/delivery/delivery-headers";
import type { LivePackager } from "./live-packager-types";
import { liveError } from "./live-responses";

/**
 * The live origin of an ingest node: GET/HEAD /live/{liveStreamId}/{path…} answered by that stream's
 * packager (playlists, parts, segments; blocking requests are cancelled when the client goes away).
 * The web app proxies playback requests here.
 */
export async function startLiveOrigin(opts: {
  host: string;
  port: number;
  lookup(liveStreamId: string): LivePackager | undefined;
}): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const send = (response: { status: number; headers: Record<string, string>; body: Uint8Array | string }) => {
      if (res.destroyed) return;
      const body = typeof response.body === "string" ? Buffer.from(response.body) : response.body;
      res.writeHead(response.status, { ...corsHeaders, ...response.headers, "Content-Length": String(body.byteLength) });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method === "OPTIONS") {
      res.writeHead(204, corsHeaders).end();
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(liveError("invalid_parameters", "Only GET and HEAD are supported"));
      return;
    }
    const url = new URL(req.url ?? "/", "http://origin");
    const match = /^\/live\/([^/]+)\/(.+)$/.exec(url.pathname);
    const packager = match ? opts.lookup(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !packager) {
      send(liveError("not_found", "Live stream not found"));
      return;
    }
    const abort = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) abort.abort();
    });
    packager.handle(match[2]!, url.searchParams, abort.signal).then(send, (error: unknown) => {
      console.error("[live] origin request failed", error);
      send(liveError("internal", "Internal server error"));
    });
  });
  // Blocking playlist requests wait up to a few target durations: keep sockets open longer than that.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
