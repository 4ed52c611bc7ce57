import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePglite, type PgliteHost } from "./serve-pglite";

describe("embedded PGlite host", () => {
  let host: PgliteHost;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-host-"));
    host = await servePglite({ dataDir: dir });
  });
  afterAll(async () => {
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps concurrent transactions from different connections apart", async () => {
    const a = postgres(host.url, { max: 4, onnotice: () => undefined });
    const b = postgres(host.url, { max: 4, onnotice: () => undefined });
    await a`create table counters (id int primary key, n int not null)`;
    await a`insert into counters values (1, 0)`;
    // Read-modify-write in transactions: any interleaving would lose increments.
    const bump = (sql: postgres.Sql) =>
      sql.begin(async (tx) => {
        const [row] = await tx`select n from counters where id = 1`;
        await new Promise((r) => setTimeout(r, 1));
        await tx`update counters set n = ${row!.n + 1} where id = 1`;
      });
    await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 ? a : b)));
    const [row] = await a`select n from counters where id = 1`;
    expect(row!.n).toBe(40);
    await Promise.all([a.end(), b.end()]);
  });

  it("rolls back the open transaction of a connection that goes away", async () => {
    const a = postgres(host.url, { max: 1, onnotice: () => undefined });
    await a`create table notes (t text)`;
    const reserved = await a.reserve();
    await reserved`begin`;
    await reserved`insert into notes values ('uncommitted')`;
    reserved.release();
    await a.end({ timeout: 0 });
    const b = postgres(host.url, { max: 1, onnotice: () => undefined });
    const rows = await b`select * from notes`;
    expect(rows).toHaveLength(0);
    await b`insert into notes values ('next')`;
    expect(await b`select t from notes`).toEqual([{ t: "next" }]);
    await b.end();
  });

  it("answers parameterised queries with the right rows under load", async () => {
    const sql = postgres(host.url, { max: 6, onnotice: () => undefined });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => sql`select ${i}::int as i, ${`v${i}`}::text as v`));
    results.forEach((rows, i) => expect(rows[0]).toEqual({ i, v: `v${i}` }));
    await sql.end();
  });
});
