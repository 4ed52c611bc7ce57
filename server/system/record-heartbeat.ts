import os from "node:os";
import { sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { serviceInstances } from "@/server/db/schema";

export type ServiceKind = (typeof serviceInstances.$inferSelect)["kind"];

/** Upserts this process's row in service_instances; call it every few seconds. */
export async function recordHeartbeat(input: {
  instanceId: string;
  kind: ServiceKind;
  meta?: Record<string, string | number | boolean | null>;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(serviceInstances)
    .values({
      id: input.instanceId,
      kind: input.kind,
      hostname: os.hostname(),
      pid: String(process.pid),
      meta: input.meta ?? {},
    })
    .onConflictDoUpdate({
      target: serviceInstances.id,
      set: { lastSeenAt: sql`now()`, meta: input.meta ?? {} },
    });
}
