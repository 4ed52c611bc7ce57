import { cancelUpload } from "@/server/uploads/cancel-upload";
import { handleTusRequest } from "@/server/uploads/handle-tus-request";
import { handleUploadPut } from "@/server/uploads/handle-upload-put";
import { serveUploadRequest } from "@/server/uploads/serve-upload-request";

type Context = { params: Promise<{ uploadId: string }> };

// The upload URL: its unguessable id is the credential (like Mux's signed upload URLs), no Basic auth.
export const dynamic = "force-dynamic";

// OPTIONS /upload/{uploadId} – CORS preflight and tus discovery
export const OPTIONS = async (req: Request, { params }: Context) => serveUploadRequest(req, (await params).uploadId, async () => new Response(null, { status: 204 }));

// PUT /upload/{uploadId} – the whole file, or one @mux/upchunk chunk with Content-Range
export const PUT = async (req: Request, { params }: Context) => serveUploadRequest(req, (await params).uploadId, (upload) => handleUploadPut(req, upload));

// POST /upload/{uploadId} – tus creation: announce Upload-Length
export const POST = async (req: Request, { params }: Context) => serveUploadRequest(req, (await params).uploadId, (upload) => handleTusRequest(req, upload));

// HEAD /upload/{uploadId} – tus: the stored Upload-Offset
export const HEAD = async (req: Request, { params }: Context) => serveUploadRequest(req, (await params).uploadId, (upload) => handleTusRequest(req, upload));

// PATCH /upload/{uploadId} – tus: append bytes at Upload-Offset
export const PATCH = async (req: Request, { params }: Context) => serveUploadRequest(req, (await params).uploadId, (upload) => handleTusRequest(req, upload));

// DELETE /upload/{uploadId} – tus termination: cancel the upload
export const DELETE = async (req: Request, { params }: Context) =>
  serveUploadRequest(req, (await params).uploadId, async (upload) => {
    await cancelUpload({ uploadId: upload.id, workspaceId: upload.workspaceId });
    return new Response(null, { status: 204 });
  });
