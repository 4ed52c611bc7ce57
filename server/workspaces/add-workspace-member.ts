import { eq } from "drizzle-orm";
import { z } from "zod";
import { createUser } from "@/server/auth/create-user";
import { emailSchema, passwordSchema } from "@/server/auth/schemas";
import { getDb } from "@/server/db/client";
import { organizationMembers, users, workspaceMembers, workspaces } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { roleSchema } from "./schemas";

export const addWorkspaceMemberSchema = z.object({
  email: emailSchema,
  role: roleSchema.default("member"),
  /** Creates the account when no user has this email yet. */
  password: passwordSchema.optional(),
});

/** Adds a user (existing, or new with the given password) to a workspace and its organization. */
export async function addWorkspaceMember(input: z.input<typeof addWorkspaceMemberSchema> & { workspaceId: string }) {
  const { email, role, password } = addWorkspaceMemberSchema.parse(input);
  const db = await getDb();
  const workspace = await db.query.workspaces.findFirst({ where: eq(workspaces.id, input.workspaceId) });
  if (!workspace) throw new AppError({ code: "not_found", message: "Workspace not found" });
  let user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (!user) {
    if (!password) {
      throw new AppError({ code: "invalid_parameters", message: `No account for ${email}: give a password to create one` });
    }
    const created = await createUser({ email, password });
    user = await db.query.users.findFirst({ where: eq(users.id, created.id) });
  }
  await db
    .insert(organizationMembers)
    .values({ organizationId: workspace.organizationId, userId: user!.id, role: "member" })
    .onConflictDoNothing();
  await db
    .insert(workspaceMembers)
    .values({ workspaceId: workspace.id, userId: user!.id, role })
    .onConflictDoUpdate({ target: [workspaceMembers.workspaceId, workspaceMembers.userId], set: { role } });
  return { userId: user!.id, email, role };
}
