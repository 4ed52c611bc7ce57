import { asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { organizations, workspaceMembers, workspaces } from "@/server/db/schema";

/** The workspaces a user belongs to, with their role in each. */
export async function listUserWorkspaces(input: { userId: string }) {
  const db = await getDb();
  return db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      environment: workspaces.environment,
      organizationId: workspaces.organizationId,
      organizationName: organizations.name,
      role: workspaceMembers.role,
      createdAt: workspaces.createdAt,
    })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .where(eq(workspaceMembers.userId, input.userId))
    .orderBy(asc(workspaces.createdAt));
}

export type UserWorkspace = Awaited<ReturnType<typeof listUserWorkspaces>>[number];
