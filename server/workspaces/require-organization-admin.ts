import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { organizationMembers } from "@/server/db/schema";
import { AppError } from "@/server/errors";

/** Organization admins create workspaces; members only use the ones they are given. */
export async function requireOrganizationAdmin(input: { userId: string; organizationId: string }) {
  const db = await getDb();
  const member = await db.query.organizationMembers.findFirst({
    where: and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, input.userId)),
  });
  if (!member) throw new AppError({ code: "not_found", message: "Organization not found" });
  if (member.role !== "admin") throw new AppError({ code: "forbidden", message: "Only organization admins can do this" });
  return member;
}
