import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workspaceMembers } from "@/server/db/schema";
import { AppError } from "@/server/errors";

/** Removes a member; the last admin cannot be removed, so a workspace is never orphaned. */
export async function removeWorkspaceMember(input: { workspaceId: string; userId: string }) {
  const db = await getDb();
  const members = await db.query.workspaceMembers.findMany({ where: eq(workspaceMembers.workspaceId, input.workspaceId) });
  const target = members.find((m) => m.userId === input.userId);
  if (!target) throw new AppError({ code: "not_found", message: "Member not found" });
  if (target.role === "admin" && members.filter((m) => m.role === "admin").length === 1) {
    throw new AppError({ code: "conflict", message: "A workspace needs at least one admin" });
  }
  await db
    .delete(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.userId, input.userId)));
}
