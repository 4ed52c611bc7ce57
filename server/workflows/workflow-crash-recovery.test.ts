import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/server/testing/test-database";
import { freePort, startTestWorkflows, type TestWorkflows } from "./start-test-workflows";

/** Per runtime process: resolves once it has registered the app's functions (events sent earlier match nothing). */
const registered = new WeakMap<ChildProcess, () => Promise<void>>();

/** Starts `npm run workflows` (server/workflows/main.ts) as a separate process against the test database. */
function spawnRuntime(t: TestWorkflows, port: number, dataDir: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "server/workflows/main.ts"], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      DATABASE_URL: t.database.url,
      WORKFLOW_PORT: String(port),
      WORKFLOW_APP_URL: t.appUrl,
      INNGEST_SIGNING_KEY: t.signingKey,
      INNGEST_EVENT_KEY: t.eventKey,
      WORKFLOW_POLL_MS: "50",
      WORKFLOW_LEASE_MS: "1500",
      WORKFLOW_RETRY_BASE_MS: "50",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
    process.stdout.write(`[child ${child.pid}] ${d}`);
  });
  registered.set(child, async () => {
    for (const deadline = Date.now() + 30_000; !output.includes("registered"); ) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the runtime did not register its functions:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[child ${child.pid}] ${d}`));
  return child;
}

describe.each(testDatabaseKinds())("workflow runtime process killed mid-run on %s", (kind) => {
  let t: TestWorkflows;
  let port: number;
  let dataDir: string;
  let child: ChildProcess | null = null;
  const ran: Record<string, number> = {};
  let enteredSlow!: () => void;
  const slowEntered = new Promise<void>((resolve) => (enteredSlow = resolve));
  let releaseSlow!: () => void;
  const slowReleased = new Promise<void>((resolve) => (releaseSlow = resolve));

  beforeAll(async () => {
    port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-workflows-"));
    t = await startTestWorkflows({
      kind,
      runtime: false,
      runtimePort: port,
      functions: (client) => [
        client.createFunction({ id: "durable", triggers: [{ event: "test/durable.requested" }] }, async ({ step }) => {
          const one = await step.run("one", () => ((ran.one = (ran.one ?? 0) + 1), 1));
          const two = await step.run("two", async () => {
            ran.two = (ran.two ?? 0) + 1;
            enteredSlow();
            await slowReleased;
            return 2;
          });
          const three = await step.run("three", () => ((ran.three = (ran.three ?? 0) + 1), 3));
          return one + two + three;
        }),
      ],
    });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    // Let the PGlite host finish cleaning up the children's closed connections before it stops
    // (its close handler throws if the database is already gone).
    await new Promise((r) => setTimeout(r, 500));
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("finishes after a SIGKILL and a restart without redoing finished steps", async () => {
    child = spawnRuntime(t, port, dataDir);
    await registered.get(child)!();
    // The runtime process serves the event API once it is up: keep sending until it accepts.
    for (let i = 0; ; i++) {
      try {
        await t.client.send({ name: "test/durable.requested", data: {} });
        break;
      } catch (error) {
        if (i > 100) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await slowEntered;
    expect(ran.one).toBe(1);
    child.kill("SIGKILL");
    await new Promise((resolve) => child!.once("exit", resolve));
    releaseSlow(); // step "two" finishes in the app, but its answer went to a dead process

    child = spawnRuntime(t, port, dataDir);
    const run = await t.waitForRun("durable", { timeoutMs: 30_000 });
    expect(run.status).toBe("completed");
    expect(run.output).toBe(6);
    expect(ran.one).toBe(1); // memoized in the database, not run again
    expect(ran.two).toBe(2); // in flight when killed: at-least-once
    expect(ran.three).toBe(1);

    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child!.once("exit", resolve));
    expect(code).toBe(0);
  }, 60_000);
});
