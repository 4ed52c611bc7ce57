/**
 * Test harness (tests only): an app serving test functions with the SDK's node adapter on an
 * ephemeral port, a fresh migrated database, and the workflow runtime — in this process, or left
 * to the caller to spawn (`runtime: false`, with a pre-reserved runtime port).
 */
import { freePort } from "@/server/testing/free-port";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { workflowRuns } from "@/server/db/schema";
import { useTestDatabase, type DatabaseKind, type TestDatabase } from "@/server/testing/test-database";
import { startWorkflowRuntime, type WorkflowRuntime, type WorkflowRuntimeOptions } from "./start-workflow-runtime";

export { freePort };

export interface TestWorkflows {
  database: TestDatabase;
  client: Inngest;
  runtime: WorkflowRuntime | null;
  appUrl: string;
  runtimeUrl: string;
  signingKey: string;
  eventKey: string;
  waitForRun(functionId: string, options?: { timeoutMs?: number; status?: string[] }): Promise<typeof workflowRuns.$inferSelect>;
  close(): Promise<void>;
}

export async function startTestWorkflows(options: {
  kind: DatabaseKind;
  functions: (client: Inngest) => InngestFunction.Any[];
  runtime?: Partial<WorkflowRuntimeOptions> | false;
  runtimePort?: number;
}): Promise<TestWorkflows> {
  const database = await useTestDatabase(options.kind);
  const signingKey = `signkey-test-${randomBytes(32).toString("hex")}`;
  const eventKey = `test-${randomBytes(8).toString("hex")}`;
  let handler: http.RequestListener | null = null;
  const app = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => resolve()));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;

  let runtime: WorkflowRuntime | null = null;
  let runtimeUrl = `http://127.0.0.1:${options.runtimePort ?? 0}`;
  if (options.runtime !== false) {
    runtime = await startWorkflowRuntime({
      db: database.db,
      appUrl,
      port: 0,
      signingKey,
      eventKey,
      concurrency: 8,
      pollMs: 50,
      leaseMs: 2000,
      retryBaseMs: 50,
      ...options.runtime,
    });
    runtimeUrl = runtime.url;
  }
  const client = new Inngest({ id: "kf-test", baseUrl: runtimeUrl, eventKey, signingKey, isDev: false, logger: quietLogger });
  handler = serve({ client, functions: options.functions(client) });
  if (runtime) await runtime.registered;

  return {
    database,
    client,
    runtime,
    appUrl,
    runtimeUrl,
    signingKey,
    eventKey,
    async waitForRun(functionId, { timeoutMs = 15_000, status = ["completed", "failed", "cancelled"] } = {}) {
      const deadline = Date.now() + timeoutMs;
      const fullId = functionId.startsWith("kf-test-") ? functionId : `kf-test-${functionId}`;
      for (;;) {
        const runs = await database.db.select().from(workflowRuns).where(eq(workflowRuns.functionId, fullId));
        const run = runs.find((r) => status.includes(r.status));
        if (run) return run;
        if (Date.now() > deadline) throw new Error(`No ${status.join("/")} run of ${fullId}; runs: ${JSON.stringify(runs.map((r) => [r.status, r.error]))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      await runtime?.stop({ graceMs: 500 });
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
      await database.close();
    },
  };
}

const quietLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};
