import { createHash } from "node:crypto";
import { corsHeaders } from "./delivery-headers";

/** True when the client's If-None-Match names this ETag (or `*`). */
export function matchesEtag(req: Request, etag: string): boolean {
  const header = req.headers.get("if-none-match");
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** A generated body (a rewritten playlist, a storyboard VTT) with an ETag of its content and 304 support. */
export function respondWithBytes(req: Request, body: string | Buffer, init: { contentType: string; cacheControl: string; headers?: Record<string, string> }): Response {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = { ...corsHeaders, "Content-Type": init.contentType, "Cache-Control": init.cacheControl, ETag: etag, ...init.headers };
  if (matchesEtag(req, etag)) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : new Uint8Array(typeof body === "string" ? Buffer.from(body) : body), { status: 200, headers });
}
