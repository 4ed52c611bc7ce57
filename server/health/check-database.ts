import { sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";

/** The database answers `select 1`. */
export async function checkDatabase(): Promise<string> {
  const db = await getDb();
  await db.execute(sql`select 1`);
  return "ok";
}
