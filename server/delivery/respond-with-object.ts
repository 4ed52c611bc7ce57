import { Readable } from "node:stream";
import { notFound } from "@/server/errors";
import { getStorage } from "@/server/storage/get-storage";
import { corsHeaders } from "./delivery-headers";
import { parseRangeHeader } from "./parse-range-header";
import { matchesEtag } from "./respond-with-bytes";

/**
 * Streams a stored object with its ETag (If-None-Match → 304) and byte ranges (206 with
 * Content-Range, 416 when unsatisfiable). Missing objects throw not_found from storage.
 */
export async function respondWithObject(
  req: Request,
  key: string,
  init: { cacheControl: string; contentType?: string; headers?: Record<string, string> },
): Promise<Response> {
  const storage = getStorage();
  const head = await storage.head(key);
  if (!head) throw notFound("File");
  const headers: Record<string, string> = {
    ...corsHeaders,
    "Content-Type": init.contentType ?? head.contentType,
    "Cache-Control": init.cacheControl,
    "Accept-Ranges": "bytes",
    ETag: head.etag,
    "Last-Modified": head.lastModified.toUTCString(),
    ...init.headers,
  };
  if (matchesEtag(req, head.etag)) return new Response(null, { status: 304, headers });
  const range = parseRangeHeader(req.headers.get("range"), head.size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${head.size}`, "Cache-Control": "no-store" } });
  }
  if (req.method === "HEAD") {
    return new Response(null, { status: 200, headers: { ...headers, "Content-Length": String(head.size) } });
  }
  const object = await storage.get(key, range ? { range } : undefined);
  const body = Readable.toWeb(object.body) as ReadableStream<Uint8Array>;
  if (!range) return new Response(body, { status: 200, headers: { ...headers, "Content-Length": String(object.size) } });
  return new Response(body, {
    status: 206,
    headers: { ...headers, "Content-Length": String(object.size), "Content-Range": `bytes ${range.start}-${range.end}/${object.totalSize}` },
  });
}
