import { apiRoute, dataResponse } from "@/server/http/api-route";
import { deleteSigningKey } from "@/server/playback/delete-signing-key";
import { getSigningKeyOrThrow } from "@/server/playback/get-signing-key-or-throw";
import { serializeSigningKey } from "@/server/playback/serialize-signing-key";

type Params = { signingKeyId: string };

// GET /system/v1/signing-keys/{id} – one signing key
export const GET = apiRoute<Params>("system", async ({ principal, params }) =>
  dataResponse(serializeSigningKey(await getSigningKeyOrThrow({ ...params, workspaceId: principal.workspaceId }))),
);

// DELETE /system/v1/signing-keys/{id} – tokens signed with it stop working
export const DELETE = apiRoute<Params>("system", async ({ principal, params }) => {
  await deleteSigningKey({ ...params, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});
