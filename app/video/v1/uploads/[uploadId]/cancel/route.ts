import { apiRoute, dataResponse } from "@/server/http/api-route";
import { cancelUpload } from "@/server/uploads/cancel-upload";
import { serializeUpload } from "@/server/uploads/serialize-upload";

// PUT /video/v1/uploads/{uploadId}/cancel – cancel a waiting upload; its URL refuses further bytes
export const PUT = apiRoute<{ uploadId: string }>("videoWrite", async ({ principal, params }) =>
  dataResponse(serializeUpload(await cancelUpload({ uploadId: params.uploadId, workspaceId: principal.workspaceId }))),
);
