import { asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { users, workspaceMembers } from "@/server/db/schema";

export async function listWorkspaceMembers(input: { workspaceId: string }) {
  const db = await getDb();
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: workspaceMembers.role, since: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, input.workspaceId))
    .orderBy(asc(workspaceMembers.createdAt));
}
