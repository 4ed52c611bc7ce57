import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { signingKeys } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup of a signing key. */
export async function getSigningKeyOrThrow(input: { signingKeyId: string; workspaceId: string }) {
  const db = await getDb();
  const row = await db.query.signingKeys.findFirst({ where: and(eq(signingKeys.id, input.signingKeyId), eq(signingKeys.workspaceId, input.workspaceId)) });
  if (!row) throw notFound("Signing key");
  return row;
}
