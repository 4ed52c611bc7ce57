import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/server/db/client";
import { workspaceMembers, workspaces } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { createWorkspaceSchema } from "./schemas";

/** Creates a workspace in an organization; the creator (if any) becomes its admin. */
export async function createWorkspace(
  input: z.input<typeof createWorkspaceSchema> & { organizationId: string; createdByUserId?: string },
) {
  const { name, environment } = createWorkspaceSchema.parse(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const clash = await tx.query.workspaces.findFirst({
      where: and(eq(workspaces.organizationId, input.organizationId), eq(workspaces.name, name)),
    });
    if (clash) throw new AppError({ code: "conflict", message: `A workspace named "${name}" already exists` });
    const [workspace] = await tx
      .insert(workspaces)
      .values({ id: newId(), organizationId: input.organizationId, name, environment })
      .returning();
    if (input.createdByUserId) {
      await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: input.createdByUserId, role: "admin" });
    }
    return workspace!;
  });
}
