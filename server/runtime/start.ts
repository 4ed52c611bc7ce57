/**
 * `npm start`: one command for the whole platform. Hosts the embedded database (when DATABASE_URL
 * is unset), migrates, builds the web app if needed, then runs web + media worker + workflow
 * runtime as supervised child processes and prints the URL.
 */
import path from "node:path";
import { closeDb, getDb, isEmbeddedDatabase } from "@/server/db/client";
import { stopEmbeddedDatabase } from "@/server/db/embedded/ensure-embedded-database";
import { migrateDatabase } from "@/server/db/migrate";
import { appUrl, dataDir, env } from "@/server/env";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { hasAnyUser } from "@/server/workspaces/has-any-user";
import { buildIfNeeded } from "./build-if-needed";
import { ensureLocalSecrets } from "./ensure-local-secrets";
import { supervise } from "./supervise";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

/** Waits for the web app to answer, then (briefly) for every part to report ok; returns the last report. */
async function waitForHealth(url: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let okBy = 0;
  let last: string | null = null;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      last = JSON.stringify(await res.json());
      // Worker and runtime heartbeat a few seconds after the web app answers: give them 30 s.
      okBy ||= Date.now() + 30_000;
      if (res.ok || Date.now() > okBy) return last;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (last) return last;
  throw new Error(`the web app did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  const db = await getDb();
  await migrateDatabase(db);
  await ensureDefaultSetup();
  const needsAdmin = !(await hasAnyUser());
  buildIfNeeded(root);

  const childEnv = { ...process.env, ...ensureLocalSecrets(dataDir), NEXTAUTH_URL: env.NEXTAUTH_URL ?? appUrl, NODE_ENV: "production" as const };
  const services = supervise(
    root,
    [
      { name: "web", command: bin("next"), args: ["start", "-p", String(env.PORT)], env: childEnv },
      { name: "worker", command: bin("tsx"), args: ["server/worker/main.ts"], env: childEnv },
      { name: "workflows", command: bin("tsx"), args: ["server/workflows/main.ts"], env: childEnv },
    ],
    (reason) => void shutdown(reason, 1),
  );

  let shuttingDown = false;
  async function shutdown(reason: string, code: number) {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`[keyframe] stopping (${reason})…`);
    await services.stop();
    await closeDb().catch(() => undefined);
    await stopEmbeddedDatabase({ dataDir }).catch(() => undefined);
    process.exit(code);
  }
  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));

  const health = await waitForHealth(`http://localhost:${env.PORT}/api/health`, 120_000);
  console.log(`\n  Keyframe is running at ${appUrl}`);
  console.log(`  database: ${isEmbeddedDatabase() ? `embedded PGlite in ${dataDir}` : "PostgreSQL (DATABASE_URL)"}`);
  console.log(`  health: ${health}`);
  console.log(needsAdmin ? `  first run: open ${appUrl}/setup to create the first admin\n` : "");
}

main().catch(async (error: unknown) => {
  console.error("[keyframe] start failed:", error instanceof Error ? error.message : error);
  await stopEmbeddedDatabase({ dataDir }).catch(() => undefined);
  process.exit(1);
});
