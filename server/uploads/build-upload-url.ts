import { appUrl } from "@/server/env";

/**
 * The URL a client sends an upload's bytes to (KEYFRAME_URL/upload/{id}). It takes a plain PUT, the
 * chunked PUT + Content-Range protocol of @mux/upchunk, and is the tus 1.0 resource itself. The
 * random id is the capability: it needs no other credentials, as Mux's signed upload URLs.
 */
export function buildUploadUrl(uploadId: string): string {
  return `${appUrl.replace(/\/$/, "")}/upload/${uploadId}`;
}
