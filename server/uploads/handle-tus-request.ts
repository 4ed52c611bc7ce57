import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import type { uploads } from "@/server/db/schema";
import { assertUploadAcceptsBytes } from "./assert-upload-accepts-bytes";
import { buildUploadUrl } from "./build-upload-url";
import { completeUpload } from "./complete-upload";
import { requestBodyStream } from "./request-body-stream";
import { setUploadTotalSize } from "./set-upload-total-size";
import { sizeCapError, stagedBytes, writeUploadBytes } from "./write-upload-bytes";

type Upload = typeof uploads.$inferSelect;

const bad = (message: string) => new AppError({ code: "invalid_parameters", message });
const integerHeader = (req: Request, name: string) => {
  const value = req.headers.get(name);
  if (value === null || !/^\d+$/.test(value)) throw bad(`${name} must be a non-negative integer`);
  return Number(value);
};

/**
 * tus 1.0 on the upload URL, which is itself the tus resource: POST (creation) announces
 * Upload-Length and answers with Location = the same URL; HEAD gives Upload-Offset; PATCH appends
 * at Upload-Offset (409 when it is not the stored offset). DELETE (termination) is a cancel.
 */
export async function handleTusRequest(req: Request, upload: Upload, maxBytes = env.INGEST_MAX_BYTES): Promise<Response> {
  const offsetHeaders = async (status: number, extra: Record<string, string> = {}) => {
    const offset = upload.status === "asset_created" ? (upload.totalSize ?? 0) : await stagedBytes(upload.id);
    const headers: Record<string, string> = { "Upload-Offset": String(offset), "Cache-Control": "no-store", ...extra };
    if (upload.totalSize !== null) headers["Upload-Length"] = String(upload.totalSize);
    return new Response(null, { status, headers });
  };

  if (req.method === "HEAD") {
    if (upload.status !== "waiting" && upload.status !== "asset_created") throw new AppError({ code: "not_found", message: `Upload is ${upload.status}` });
    return offsetHeaders(200);
  }

  if (req.method === "POST") {
    if (req.headers.has("upload-defer-length")) throw bad("Upload-Defer-Length is not supported; send Upload-Length");
    const length = integerHeader(req, "upload-length");
    if (length > maxBytes) throw new AppError(sizeCapError(maxBytes));
    assertUploadAcceptsBytes(upload);
    const stored = await stagedBytes(upload.id);
    if (upload.totalSize !== null && upload.totalSize !== length && stored > 0) {
      throw new AppError({ code: "conflict", message: `This upload already holds ${stored} bytes of a ${upload.totalSize}-byte file` });
    }
    await setUploadTotalSize(upload.id, length);
    upload = { ...upload, totalSize: length };
    if (length === 0) await completeUpload(upload, 0);
    return offsetHeaders(201, { Location: buildUploadUrl(upload.id) });
  }

  // PATCH
  if ((req.headers.get("content-type") ?? "").split(";")[0]!.trim() !== "application/offset+octet-stream") {
    throw bad("A tus PATCH needs Content-Type: application/offset+octet-stream");
  }
  const offset = integerHeader(req, "upload-offset");
  assertUploadAcceptsBytes(upload);
  if (upload.totalSize === null) throw bad("Announce the file size first: POST with Upload-Length");
  const stored = await stagedBytes(upload.id);
  if (offset !== stored) {
    await req.body?.cancel();
    throw new AppError({ code: "conflict", message: `Upload-Offset is ${offset} but the upload holds ${stored} bytes; resume from ${stored} (HEAD tells you)` });
  }
  const { received } = await writeUploadBytes({
    uploadId: upload.id,
    start: offset,
    body: requestBodyStream(req),
    maxLength: upload.totalSize - offset,
    tooLong: { code: "invalid_parameters", message: `The body goes past Upload-Length (${upload.totalSize} bytes)` },
  });
  if (received >= upload.totalSize) {
    upload = await completeUpload(upload, received);
    return offsetHeaders(204);
  }
  return new Response(null, { status: 204, headers: { "Upload-Offset": String(received), "Cache-Control": "no-store" } });
}
