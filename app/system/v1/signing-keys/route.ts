import { apiRoute, dataResponse } from "@/server/http/api-route";
import { createSigningKey } from "@/server/playback/create-signing-key";
import { listSigningKeys } from "@/server/playback/list-signing-keys";
import { serializeSigningKey } from "@/server/playback/serialize-signing-key";

// POST /system/v1/signing-keys – a new RS256 key; the private key is in this response only
export const POST = apiRoute("system", async ({ principal }) =>
  dataResponse(await createSigningKey({ workspaceId: principal.workspaceId }), { status: 201 }),
);

// GET /system/v1/signing-keys – the workspace's keys (no private keys: they are not stored)
export const GET = apiRoute("system", async ({ req, principal }) => {
  const q = new URL(req.url).searchParams;
  const rows = await listSigningKeys({ workspaceId: principal.workspaceId, limit: Number(q.get("limit")) || undefined, page: Number(q.get("page")) || undefined });
  return dataResponse(rows.map(serializeSigningKey));
});
