import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dataDir, env } from "@/server/env";
import { ensureEmbeddedDatabase } from "./embedded/ensure-embedded-database";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

let dbPromise: Promise<Db> | null = null;

/** The connection string this process uses: DATABASE_URL, or the embedded PGlite host. */
export async function resolveDatabaseUrl(): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return ensureEmbeddedDatabase({ dataDir, port: env.PGLITE_PORT || undefined });
}

export function isEmbeddedDatabase(): boolean {
  return !env.DATABASE_URL;
}

export function createDb(url: string, options: { max?: number } = {}): Db {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    // Timestamps come back as Date; bigints as JS numbers where drizzle asks for mode: "number".
  });
  return drizzle(client, { schema }) as Db;
}

/** The process-wide database handle. */
export function getDb(): Promise<Db> {
  dbPromise ??= resolveDatabaseUrl().then((url) => createDb(url));
  return dbPromise;
}

/** Points this process at another database (integration tests run each suite on PGlite and Postgres). */
export function useDb(db: Db): void {
  dbPromise = Promise.resolve(db);
}

export async function closeDb(): Promise<void> {
  if (!dbPromise) return;
  const db = await dbPromise;
  dbPromise = null;
  await db.$client.end({ timeout: 5 });
}
