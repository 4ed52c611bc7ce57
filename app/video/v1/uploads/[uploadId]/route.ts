import { apiRoute, dataResponse } from "@/server/http/api-route";
import { getUploadOrThrow } from "@/server/uploads/get-upload-or-throw";
import { serializeUpload } from "@/server/uploads/serialize-upload";

// GET /video/v1/uploads/{uploadId} – one direct upload (status, asset_id once created, error)
export const GET = apiRoute<{ uploadId: string }>("videoRead", async ({ principal, params }) =>
  dataResponse(serializeUpload(await getUploadOrThrow({ uploadId: params.uploadId, workspaceId: principal.workspaceId }))),
);
