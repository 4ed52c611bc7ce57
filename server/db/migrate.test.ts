import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/test-database";
import { migrateDatabase } from "./migrate";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => test.close());

  it("apply cleanly to an empty database and create every table", async () => {
    await migrateDatabase(test.db);
    const rows = await test.db.$client<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
    const tables = rows.map((r) => r.table_name);
    for (const t of ["users", "organizations", "workspaces", "workspace_members", "access_tokens", "service_instances"]) {
      expect(tables).toContain(t);
    }
  });

  it("are a no-op when applied again, also concurrently", async () => {
    const [before] = await test.db.$client`select count(*)::int as n from drizzle.__drizzle_migrations`;
    await Promise.all([migrateDatabase(test.db), migrateDatabase(test.db)]);
    const [after] = await test.db.$client`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(after!.n).toBe(before!.n);
    expect(before!.n).toBeGreaterThan(0);
  });
});
