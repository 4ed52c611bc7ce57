import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { signingKeys } from "@/server/db/schema";
import { getSigningKeyOrThrow } from "./get-signing-key-or-throw";

/** Deletes a signing key; tokens it signed stop verifying at once. */
export async function deleteSigningKey(input: { signingKeyId: string; workspaceId: string }): Promise<void> {
  const row = await getSigningKeyOrThrow(input);
  const db = await getDb();
  await db.delete(signingKeys).where(eq(signingKeys.id, row.id));
}
