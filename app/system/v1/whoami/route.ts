import { apiRoute, dataResponse } from "@/server/http/api-route";

// GET /system/v1/whoami – the access token's workspace and permissions (a Keyframe extension)
export const GET = apiRoute(null, async ({ principal }) =>
  dataResponse({
    access_token_id: principal.tokenId,
    workspace_id: principal.workspaceId,
    permissions: {
      video_read: principal.permissions.videoRead,
      video_write: principal.permissions.videoWrite,
      data_read: principal.permissions.dataRead,
      system: principal.permissions.system,
    },
  }),
);
