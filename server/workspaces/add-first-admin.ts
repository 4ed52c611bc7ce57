import { asc, eq } from "drizzle-orm";
import { createUser } from "@/server/auth/create-user";
import { getDb } from "@/server/db/client";
import { organizationMembers, organizations, workspaceMembers, workspaces } from "@/server/db/schema";

/** Makes a new operator who administers the first organization and all its workspaces. */
export async function addFirstAdmin(input: { email: string; password: string; name?: string }) {
  const db = await getDb();
  const org = await db.query.organizations.findFirst({ orderBy: asc(organizations.createdAt) });
  if (!org) throw new Error("ensureDefaultSetup() must run first");
  const user = await createUser({ ...input, isOperator: true });
  await db.insert(organizationMembers).values({ organizationId: org.id, userId: user.id, role: "admin" });
  const orgWorkspaces = await db.query.workspaces.findMany({ where: eq(workspaces.organizationId, org.id) });
  if (orgWorkspaces.length) {
    await db
      .insert(workspaceMembers)
      .values(orgWorkspaces.map((w) => ({ workspaceId: w.id, userId: user.id, role: "admin" as const })))
      .onConflictDoNothing();
  }
  return user;
}
