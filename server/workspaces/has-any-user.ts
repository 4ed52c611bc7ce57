import { getDb } from "@/server/db/client";

/** False until the first admin exists: the console then shows its first-run screen. */
export async function hasAnyUser(): Promise<boolean> {
  const db = await getDb();
  return Boolean(await db.query.users.findFirst({ columns: { id: true } }));
}
