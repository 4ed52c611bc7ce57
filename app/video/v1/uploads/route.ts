import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createUpload } from "@/server/uploads/create-upload";
import { listUploads } from "@/server/uploads/list-uploads";
import { createUploadSchema, listUploadsSchema } from "@/server/uploads/schemas";
import { serializeUpload } from "@/server/uploads/serialize-upload";

// POST /video/v1/uploads – create a direct upload URL
export const POST = apiRoute("videoWrite", async ({ req, principal }) => {
  const settings = createUploadSchema.parse(await readJsonBody(req));
  const upload = await createUpload({ workspaceId: principal.workspaceId, settings });
  return dataResponse(serializeUpload(upload), { status: 201 });
});

// GET /video/v1/uploads – list direct uploads, newest first
export const GET = apiRoute("videoRead", async ({ req, principal }) => {
  const query = listUploadsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { uploads } = await listUploads({ workspaceId: principal.workspaceId, ...query });
  return dataResponse(uploads.map(serializeUpload));
});
