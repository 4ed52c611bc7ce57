import { createAccessToken } from "@/server/auth/create-access-token";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { addFirstAdmin } from "@/server/workspaces/add-first-admin";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";

const basic = (t: { id: string; secret: string }) => ({ authorization: `Basic ${Buffer.from(`${t.id}:${t.secret}`).toString("base64")}` });

/** Two workspaces with a playback id and a data-read token each, for Video Data tests. */
export async function seedDataWorkspaces() {
  const org = await ensureDefaultSetup();
  const admin = await addFirstAdmin({ email: "data-admin@example.com", password: "admin-password" });
  const db = await getDb();
  const make = async (name: string) => {
    const ws = await createWorkspace({ organizationId: org.id, name, createdByUserId: admin.id });
    const playbackId = newId(20);
    await db.insert(playbackIds).values({ id: playbackId, workspaceId: ws.id, policy: "public" });
    const auth = basic(await createAccessToken({ workspaceId: ws.id, name: "data", dataRead: true }));
    const noData = basic(await createAccessToken({ workspaceId: ws.id, name: "video only" }));
    return { workspaceId: ws.id, playbackId, auth, noData };
  };
  return { admin, a: await make("Data A"), b: await make("Data B") };
}
