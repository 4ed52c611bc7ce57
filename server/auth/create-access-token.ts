import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getDb } from "@/server/db/client";
import { accessTokens } from "@/server/db/schema";
import { newSecret } from "@/server/ids";
import { hashTokenSecret } from "./hash-token-secret";
import { createAccessTokenSchema } from "./schemas";

/** Creates an API token; the secret is returned this once and only its hash is stored. */
export async function createAccessToken(
  input: z.input<typeof createAccessTokenSchema> & { workspaceId: string; createdByUserId?: string },
) {
  const { name, ...permissions } = createAccessTokenSchema.parse(input);
  const secret = newSecret(48);
  const db = await getDb();
  const [token] = await db
    .insert(accessTokens)
    .values({
      id: randomUUID(),
      workspaceId: input.workspaceId,
      name,
      secretHash: hashTokenSecret(secret),
      ...permissions,
      createdByUserId: input.createdByUserId,
    })
    .returning();
  return { id: token!.id, secret, workspaceId: token!.workspaceId, name: token!.name, ...permissions };
}
