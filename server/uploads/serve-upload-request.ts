import { errorResponse } from "@/server/http/api-route";
import type { uploads } from "@/server/db/schema";
import { buildUploadCorsHeaders } from "./build-upload-cors-headers";
import { getUploadForTransfer } from "./get-upload-for-transfer";
import { tusHeaders } from "./tus-headers";
import { withUploadLock } from "./with-upload-lock";

type Upload = typeof uploads.$inferSelect;

/**
 * Runs one request to an upload URL: loads the upload (an overdue one turns timed_out), serializes
 * requests per upload, and adds CORS for the upload's cors_origin and the tus headers to every
 * answer, errors included, so browser clients can read them.
 */
export async function serveUploadRequest(req: Request, uploadId: string, handle: (upload: Upload) => Promise<Response>): Promise<Response> {
  let cors: Record<string, string> = {};
  let res: Response;
  try {
    const first = await getUploadForTransfer(uploadId);
    cors = buildUploadCorsHeaders(req.headers.get("origin"), first.corsOrigin);
    if (req.method === "OPTIONS") res = new Response(null, { status: 204 });
    // Re-read inside the lock: an earlier request for this upload may have changed it.
    else res = await withUploadLock(uploadId, async () => handle(await getUploadForTransfer(uploadId)));
  } catch (error) {
    await req.body?.cancel().catch(() => undefined);
    res = errorResponse(error);
  }
  const headers = new Headers(res.headers);
  for (const [name, value] of Object.entries({ ...cors, ...tusHeaders() })) headers.set(name, value);
  return new Response(req.method === "HEAD" ? null : res.body, { status: res.status, headers });
}
