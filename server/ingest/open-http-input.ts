import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { AppError } from "@/server/errors";
import { assertPublicUrl } from "./assert-public-url";
import type { IngestGuardOptions, ResolvedAddress } from "./ingest-guard";

export const MAX_REDIRECTS = 5;

export interface OpenedInput {
  body: Readable;
  /** Content-Length when the server sent one. */
  size: number | null;
  contentType: string;
}

const bad = (message: string, cause?: unknown) => new AppError({ code: "invalid_parameters", message, cause });

/** Connects only to the addresses the guard approved for this hop (no second DNS answer). */
const pinnedLookup =
  (addresses: ResolvedAddress[]): LookupFunction =>
  (_hostname, options, callback) => {
    const all = typeof options === "object" && options.all;
    if (all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };

function networkError(url: URL, error: NodeJS.ErrnoException): AppError {
  if (error instanceof AppError) return error;
  const host = url.host;
  if (error.code === "ECONNREFUSED") return bad(`could not connect to ${host}: connection refused`, error);
  if (error.code === "ECONNRESET") return bad(`${host} closed the connection`, error);
  if (error.code?.startsWith("ERR_TLS") || error.code?.includes("CERT")) return bad(`TLS error talking to ${host}: ${error.code}`, error);
  return bad(`could not fetch the input URL from ${host} (${error.code ?? "network error"})`, error);
}

function requestOnce(url: URL, addresses: ResolvedAddress[], timeoutMs: number): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      lookup: pinnedLookup(addresses),
      timeout: timeoutMs,
      headers: { "user-agent": "Keyframe-Ingest/1.0", accept: "*/*" },
    });
    req.on("timeout", () => req.destroy(bad(`input URL did not answer within ${Math.round(timeoutMs / 1000)} s`)));
    req.on("error", (error) => reject(networkError(url, error)));
    req.on("response", (res) => {
      // The socket's idle timeout keeps guarding the body: a stalled transfer fails instead of hanging.
      res.on("error", () => undefined);
      resolve(res);
    });
    req.end();
  });
}

/**
 * GETs an http(s) input, following at most 5 redirects, and checks every hop's host with the
 * SSRF guard before connecting to it.
 */
export async function openHttpInput(url: string, options: IngestGuardOptions & { timeoutMs: number }): Promise<OpenedInput> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const { url: target, addresses } = await assertPublicUrl(current, options);
    const res = await requestOnce(target, addresses, options.timeoutMs);
    const status = res.statusCode ?? 0;
    if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw bad(`input URL redirected more than ${MAX_REDIRECTS} times`);
      current = new URL(res.headers.location, target).toString();
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw bad(`input URL answered HTTP ${status}`);
    }
    const length = Number(res.headers["content-length"]);
    return {
      body: res,
      size: Number.isFinite(length) && res.headers["content-length"] !== undefined ? length : null,
      contentType: res.headers["content-type"] ?? "application/octet-stream",
    };
  }
}
