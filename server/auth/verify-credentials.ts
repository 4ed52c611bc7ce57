import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { hashSecret, verifySecret } from "./hash-secret";
import { signInSchema } from "./schemas";

// Hashing a dummy on unknown emails keeps response time from revealing which emails exist.
const dummyHash = hashSecret("keyframe-timing-equaliser");

/** Returns the user for a correct email + password, null otherwise. */
export async function verifyCredentials(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const db = await getDb();
  const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email) });
  const ok = await verifySecret(parsed.data.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, isOperator: user.isOperator };
}
