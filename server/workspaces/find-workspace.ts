import { eq, or } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workspaces } from "@/server/db/schema";
import { AppError } from "@/server/errors";

/** Operator lookup by id or name (the CLI's `--workspace <name|id>`); names must be unambiguous. */
export async function findWorkspace(input: { nameOrId: string }) {
  const db = await getDb();
  const matches = await db.query.workspaces.findMany({
    where: or(eq(workspaces.id, input.nameOrId), eq(workspaces.name, input.nameOrId)),
  });
  const byId = matches.find((w) => w.id === input.nameOrId);
  if (byId) return byId;
  if (matches.length > 1) {
    throw new AppError({ code: "conflict", message: `Several workspaces are named "${input.nameOrId}": pass its id` });
  }
  if (!matches[0]) throw new AppError({ code: "not_found", message: `No workspace "${input.nameOrId}"` });
  return matches[0];
}
