import { getDb } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { startHeartbeat } from "@/server/system/start-heartbeat";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";

/** Runs once when the web process starts; a failure here stops the server with its reason. */
export async function prepareWebProcess(): Promise<void> {
  const db = await getDb();
  await migrateDatabase(db);
  await ensureDefaultSetup();
  startHeartbeat("web");
}
