import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { dataResponse } from "@/server/http/api-route";
import type { uploads } from "@/server/db/schema";
import { assertUploadAcceptsBytes } from "./assert-upload-accepts-bytes";
import { completeUpload } from "./complete-upload";
import { parseContentRange } from "./parse-content-range";
import { requestBodyStream } from "./request-body-stream";
import { serializeUpload } from "./serialize-upload";
import { setUploadTotalSize } from "./set-upload-total-size";
import { sizeCapError, stagedBytes, writeUploadBytes } from "./write-upload-bytes";

type Upload = typeof uploads.$inferSelect;

/** 308 Resume Incomplete with the stored range, as Google-style resumable uploads (and upchunk) expect. */
const incomplete = (received: number) =>
  new Response(null, { status: 308, headers: received > 0 ? { Range: `bytes=0-${received - 1}`, "Cache-Control": "no-store" } : { "Cache-Control": "no-store" } });
const completed = (upload: Upload) => dataResponse(serializeUpload(upload), { status: 200 });

/**
 * PUT on the upload URL. Without Content-Range: the whole file. With `bytes start-end/total`: one
 * chunk (a retried or overlapping chunk is fine, a gap is refused with the offset to resume from).
 * With `bytes *\/total` and no body: the stored range, for a client resuming after an interruption.
 */
export async function handleUploadPut(req: Request, upload: Upload, maxBytes = env.INGEST_MAX_BYTES): Promise<Response> {
  const header = req.headers.get("content-range");
  const declared = req.headers.get("content-length");
  if (!header) {
    assertUploadAcceptsBytes(upload);
    if (declared && Number(declared) > maxBytes) throw new AppError(sizeCapError(maxBytes));
    const { received } = await writeUploadBytes({ uploadId: upload.id, start: 0, restart: true, body: requestBodyStream(req), maxLength: maxBytes, tooLong: sizeCapError(maxBytes) });
    if (declared && received !== Number(declared)) {
      throw new AppError({ code: "invalid_parameters", message: `The body ended after ${received} of ${declared} bytes; send the file again` });
    }
    return completed(await completeUpload(upload, received));
  }

  const range = parseContentRange(header);
  if (range.total !== null && range.total > maxBytes) throw new AppError(sizeCapError(maxBytes));
  if (upload.status === "asset_created" && (range.kind === "query" || range.end + 1 === range.total)) {
    await req.body?.cancel();
    return completed(upload); // a retry of the last chunk whose answer was lost, or a resume check
  }
  assertUploadAcceptsBytes(upload);
  if (upload.totalSize !== null && range.total !== null && range.total !== upload.totalSize) {
    throw new AppError({ code: "invalid_parameters", message: `This upload's total size is ${upload.totalSize} bytes; the chunk says ${range.total}` });
  }
  const total = range.total ?? upload.totalSize;
  if (range.kind === "query") return incomplete(await stagedBytes(upload.id));

  const length = range.end - range.start + 1;
  const { received } = await writeUploadBytes({
    uploadId: upload.id,
    start: range.start,
    body: requestBodyStream(req),
    maxLength: length,
    tooLong: { code: "invalid_parameters", message: `The body is longer than the ${length} bytes its Content-Range announces` },
  });
  if (total !== null && upload.totalSize === null) await setUploadTotalSize(upload.id, total);
  if (total !== null && received >= total) return completed(await completeUpload(upload, received));
  return incomplete(received);
}

