import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createPlaybackRestriction } from "@/server/playback/create-playback-restriction";
import { listPlaybackRestrictions } from "@/server/playback/list-playback-restrictions";
import { serializePlaybackRestriction } from "@/server/playback/serialize-playback-restriction";

// POST /video/v1/playback-restrictions – referrer and user-agent rules for signed playback
export const POST = apiRoute("videoWrite", async ({ req, principal }) => {
  const body: unknown = await readJsonBody(req);
  const row = await createPlaybackRestriction({ workspaceId: principal.workspaceId, body });
  return dataResponse(serializePlaybackRestriction(row), { status: 201 });
});

// GET /video/v1/playback-restrictions – the workspace's restrictions
export const GET = apiRoute("videoRead", async ({ req, principal }) => {
  const q = new URL(req.url).searchParams;
  const rows = await listPlaybackRestrictions({ workspaceId: principal.workspaceId, limit: Number(q.get("limit")) || undefined, page: Number(q.get("page")) || undefined });
  return dataResponse(rows.map(serializePlaybackRestriction));
});
