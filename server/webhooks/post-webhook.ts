import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "@/server/ingest/ingest-guard";

export interface WebhookResponse {
  statusCode: number | null;
  latencyMs: number;
  /** The first 1 KiB of the response body. */
  snippet: string | null;
  error: string | null;
}

const snippetBytes = 1024;

/** Connects only to the addresses the SSRF check approved (no second DNS answer). */
const pinnedLookup =
  (addresses: ResolvedAddress[]): LookupFunction =>
  (_hostname, options, callback) => {
    if (typeof options === "object" && options.all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };

/** POSTs one signed webhook body. Never throws: a network error or timeout is an outcome. Redirects are not followed. */
export function postWebhook(input: { url: URL; addresses: ResolvedAddress[]; body: string; headers: Record<string, string>; timeoutMs: number }): Promise<WebhookResponse> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const client = input.url.protocol === "https:" ? https : http;
    const req = client.request(input.url, {
      method: "POST",
      lookup: pinnedLookup(input.addresses),
      timeout: input.timeoutMs,
      headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(input.body)), "user-agent": "Keyframe-Webhooks/1.0", ...input.headers },
    });
    req.on("timeout", () => req.destroy(new Error(`no response within ${input.timeoutMs} ms`)));
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ statusCode: null, latencyMs: latency(), snippet: null, error: error.code ? `${error.code}: ${error.message}` : error.message }));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on("data", (chunk: Buffer) => {
        if (kept < snippetBytes) chunks.push(chunk.subarray(0, snippetBytes - kept));
        kept += chunk.length;
      });
      const done = () => resolve({ statusCode: res.statusCode ?? null, latencyMs: latency(), snippet: Buffer.concat(chunks).toString("utf8"), error: null });
      res.on("end", done);
      res.on("error", done);
    });
    req.end(input.body);
  });
}
