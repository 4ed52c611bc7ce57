import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workspaceMembers, workspaces } from "@/server/db/schema";
import { AppError } from "@/server/errors";

export type Role = "admin" | "member";

/**
 * The tenant check: the user's membership of the workspace, or an error. Not being a member and
 * the workspace not existing look the same (404), so ids of other tenants are not confirmed.
 */
export async function requireWorkspaceRole(input: { userId: string; workspaceId: string; role?: Role }) {
  const db = await getDb();
  const [row] = await db
    .select({ workspace: workspaces, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.userId, input.userId)));
  if (!row) throw new AppError({ code: "not_found", message: "Workspace not found" });
  if (input.role === "admin" && row.role !== "admin") {
    throw new AppError({ code: "forbidden", message: "Only workspace admins can do this" });
  }
  return row;
}
