import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { serviceInstances } from "@/server/db/schema";
import { HEARTBEAT_STALE_MS } from "@/server/system/start-heartbeat";

/** A media worker process has sent a heartbeat recently. */
export async function checkWorker(): Promise<string> {
  const db = await getDb();
  const [alive] = await db
    .select({ id: serviceInstances.id })
    .from(serviceInstances)
    .where(
      and(
        eq(serviceInstances.kind, "worker"),
        // The database's clock, like the heartbeats' own timestamps.
        gt(serviceInstances.lastSeenAt, sql`now() - ${HEARTBEAT_STALE_MS} * interval '1 millisecond'`),
      ),
    )
    .limit(1);
  return alive ? "ok" : `no worker heartbeat in the last ${HEARTBEAT_STALE_MS / 1000} s (is \`npm run worker\` running?)`;
}
