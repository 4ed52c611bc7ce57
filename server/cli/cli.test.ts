import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as whoami } from "@/app/system/v1/whoami/route";
import { createDb, useDb } from "@/server/db/client";
import { servePglite } from "@/server/db/embedded/serve-pglite";

const exec = promisify(execFile);

/** The operator CLI as a user runs it, on a fresh embedded data dir (it hosts PGlite itself). */
describe("operator CLI (embedded database)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-cli-"));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  const cli = (...args: string[]) => exec("npx", ["tsx", "server/cli/main.ts", ...args], { env });
  let token: { id: string; secret: string; workspaceId: string };

  beforeAll(async () => {
    token = JSON.parse((await cli("token", "create", "--workspace", "default", "--json")).stdout);
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("token create --json prints exactly {id, secret, workspaceId}", () => {
    expect(Object.keys(token).sort()).toEqual(["id", "secret", "workspaceId"]);
    expect(token.secret).toMatch(/^[0-9A-Za-z]{48}$/);
  });

  it("creates the first user as admin, then workspaces, and refuses bad input with a clear message", async () => {
    const first = JSON.parse((await cli("user", "create", "--email", "Ops@Example.com", "--password", "long-enough", "--json")).stdout);
    expect(first).toMatchObject({ email: "ops@example.com", isOperator: true, firstAdmin: true });
    const ws = JSON.parse((await cli("workspace", "create", "--name", "Production", "--environment", "production", "--json")).stdout);
    expect(ws).toMatchObject({ name: "Production", environment: "production" });
    const failure = await cli("user", "create", "--email", "nope", "--password", "short").catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("email: Enter a valid email address");
    const unknown = await cli("token", "create", "--workspace", "missing").catch((e: { code: number; stderr: string }) => e);
    expect((unknown as { stderr: string }).stderr).toContain('No workspace "missing"');
  }, 120_000);

  it("the token it printed authenticates against the same database", async () => {
    const host = await servePglite({ dataDir: path.join(dataDir, "pglite") });
    const db = createDb(host.url, { max: 2 });
    useDb(db);
    try {
      const auth = `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}`;
      const res = await whoami(new Request("http://localhost/system/v1/whoami", { headers: { authorization: auth } }), {
        params: Promise.resolve({}),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).data.workspace_id).toBe(token.workspaceId);
    } finally {
      await db.$client.end();
      await host.stop();
    }
  });
});
