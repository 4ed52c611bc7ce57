import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type { Db } from "./client";

export const migrationsFolder = path.resolve(process.cwd(), "server/db/migrations");

/** Applies pending migrations. Safe to call from several processes: drizzle serializes on its table. */
export async function migrateDatabase(db: Db): Promise<void> {
  // The lock is held on one reserved connection so that concurrent starters wait for each other.
  const conn = await db.$client.reserve();
  try {
    await conn`select pg_advisory_lock(727274)`;
    await migrate(db, { migrationsFolder });
  } finally {
    await conn`select pg_advisory_unlock(727274)`.catch(() => undefined);
    conn.release();
  }
}
