import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/server/testing/test-database";
import type { WorkflowRuntime } from "./start-workflow-runtime";

// The real client and registry read WORKFLOW_PORT and the keys from the environment when server/env
// is first imported, so everything that imports it is imported dynamically, after they are set.
const port = await new Promise<number>((resolve) => {
  const probe = http.createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address() as AddressInfo;
    probe.close(() => resolve(free));
  });
});
process.env.WORKFLOW_PORT = String(port);
process.env.INNGEST_SIGNING_KEY = `signkey-test-${randomBytes(32).toString("hex")}`;
process.env.INNGEST_EVENT_KEY = `test-${randomBytes(8).toString("hex")}`;
const { testDatabaseKinds, useTestDatabase } = await import("@/server/testing/test-database");
const { inngest } = await import("@/inngest/client");
const { events } = await import("@/inngest/events");
const { functions } = await import("@/inngest/functions");
const { serve } = await import("inngest/node");
const { startWorkflowRuntime } = await import("./start-workflow-runtime");
const { findSelfTestMarker } = await import("./find-self-test-marker");
const { listWorkflowRuns } = await import("./list-workflow-runs");
const { getWorkflowRun } = await import("./get-workflow-run");

describe.each(testDatabaseKinds())("system-self-test through the real client and registry on %s", (kind) => {
  let database: TestDatabase;
  let app: http.Server;
  let runtime: WorkflowRuntime;

  beforeAll(async () => {
    database = await useTestDatabase(kind);
    app = http.createServer(serve({ client: inngest, functions: [...functions] }));
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => resolve()));
    runtime = await startWorkflowRuntime({
      db: database.db,
      appUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`,
      port,
      signingKey: process.env.INNGEST_SIGNING_KEY,
      eventKey: process.env.INNGEST_EVENT_KEY!,
      concurrency: 4,
      pollMs: 50,
      leaseMs: 2000,
      retryBaseMs: 50,
    });
    await runtime.registered;
  });
  afterAll(async () => {
    await runtime?.stop({ graceMs: 500 });
    app?.closeAllConnections();
    await new Promise<void>((resolve) => app?.close(() => resolve()));
    await database?.close();
  });

  it("runs every step and records its marker", async () => {
    const marker = `m-${kind}-${randomBytes(4).toString("hex")}`;
    await inngest.send(events.workflowSelfTest.create({ marker, stepCount: 3 }));
    let found = null;
    for (let i = 0; i < 300 && !found; i++) {
      found = await findSelfTestMarker({ marker });
      if (!found) await new Promise((r) => setTimeout(r, 50));
    }
    expect(found).toMatchObject({ marker, stepCount: 3 });
    const { runs } = await listWorkflowRuns({ limit: 5, functionId: "keyframe-system-self-test" });
    expect(runs[0]?.eventName).toBe("system/self-test.requested");
    let detail = await getWorkflowRun({ runId: runs[0]!.id });
    for (let i = 0; i < 100 && detail?.status !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      detail = await getWorkflowRun({ runId: runs[0]!.id });
    }
    expect(detail?.status).toBe("completed");
    expect(detail?.steps.map((s) => s.id)).toEqual(["start", "step-1", "step-2", "step-3", "record-marker"]);
    expect(detail?.outputPreview).toContain('"total":6');
  });
});
