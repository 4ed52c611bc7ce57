import { unixSeconds } from "@/server/assets/serialize-asset";
import type { signingKeys } from "@/server/db/schema";

/** A signing key as the API lists it: never a private key (it is not stored). */
export function serializeSigningKey(row: typeof signingKeys.$inferSelect) {
  return { id: row.id, created_at: unixSeconds(row.createdAt) };
}
