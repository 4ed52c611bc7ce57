import { deleteStaticRendition } from "@/server/assets/delete-static-rendition";
import { apiRoute } from "@/server/http/api-route";

// DELETE /video/v1/assets/{assetId}/static-renditions/{staticRenditionId} – remove one and its file
export const DELETE = apiRoute<{ assetId: string; staticRenditionId: string }>("videoWrite", async ({ principal, params }) => {
  await deleteStaticRendition({ assetId: params.assetId, workspaceId: principal.workspaceId, staticRenditionId: params.staticRenditionId });
  return new Response(null, { status: 204 });
});
