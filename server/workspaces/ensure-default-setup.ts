import { asc, eq } from "drizzle-orm";
import { addFirstAdmin } from "./add-first-admin";
import { getDb } from "@/server/db/client";
import { organizations, workspaces } from "@/server/db/schema";
import { env } from "@/server/env";
import { newId } from "@/server/ids";

/**
 * First start: one organization with a `default` workspace. With KEYFRAME_ADMIN_EMAIL and
 * KEYFRAME_ADMIN_PASSWORD set and no users yet, also the first admin (otherwise the console's
 * first-run screen creates it). Idempotent; every process may call it at start.
 */
export async function ensureDefaultSetup() {
  const db = await getDb();
  let org = await db.query.organizations.findFirst({ orderBy: asc(organizations.createdAt) });
  if (!org) {
    [org] = await db.insert(organizations).values({ id: newId(), name: "Keyframe" }).onConflictDoNothing().returning();
    org ??= await db.query.organizations.findFirst({ orderBy: asc(organizations.createdAt) });
  }
  const existing = await db.query.workspaces.findFirst({ where: eq(workspaces.organizationId, org!.id) });
  if (!existing) {
    await db
      .insert(workspaces)
      .values({ id: newId(), organizationId: org!.id, name: "default", environment: "development" })
      .onConflictDoNothing();
  }
  if (env.KEYFRAME_ADMIN_EMAIL && env.KEYFRAME_ADMIN_PASSWORD) {
    const anyUser = await db.query.users.findFirst({ columns: { id: true } });
    if (!anyUser) await addFirstAdmin({ email: env.KEYFRAME_ADMIN_EMAIL, password: env.KEYFRAME_ADMIN_PASSWORD });
  }
  return org!;
}
