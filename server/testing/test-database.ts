/**
 * Real databases for integration tests: a fresh embedded PGlite, and a fresh database on the local
 * PostgreSQL server when one is reachable. A guard refuses any server that is not on localhost.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createDb, useDb, type Db } from "@/server/db/client";
import { servePglite } from "@/server/db/embedded/serve-pglite";
import { migrateDatabase } from "@/server/db/migrate";
import { newId } from "@/server/ids";

export type DatabaseKind = "pglite" | "postgres";

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  db: Db;
  close(): Promise<void>;
}

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!localHosts.has(host)) throw new Error(`Refusing to run tests against non-local database host "${host}"`);
}

export async function isPostgresReachable(url: string): Promise<boolean> {
  assertLocalDatabase(url);
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The kinds this run covers: PGlite always, Postgres when global setup found it. */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.KEYFRAME_TEST_POSTGRES_URL ? ["pglite", "postgres"] : ["pglite"];
}

export async function createTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let url: string;
  let teardown: () => Promise<void>;
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-pglite-"));
    const host = await servePglite({ dataDir: dir });
    url = host.url;
    teardown = async () => {
      await host.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const adminUrl = process.env.KEYFRAME_TEST_POSTGRES_URL;
    if (!adminUrl) throw new Error("Postgres is not reachable for this test run");
    assertLocalDatabase(adminUrl);
    const name = `kf_test_${newId(10).toLowerCase()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
    };
  }
  const db = createDb(url, { max: 5 });
  if (options.migrate !== false) await migrateDatabase(db);
  return {
    kind,
    url,
    db,
    async close() {
      await db.$client.end({ timeout: 5 });
      await teardown();
    },
  };
}

/** Creates a migrated database of `kind` and makes it this process's getDb(). */
export async function useTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const test = await createTestDatabase(kind);
  useDb(test.db);
  return test;
}
