import { eq } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workflowSteps } from "@/server/db/schema";
import { testDatabaseKinds } from "@/server/testing/test-database";
import { getWorkflowRun } from "./get-workflow-run";
import { listWorkflowRuns } from "./list-workflow-runs";
import { startTestWorkflows, type TestWorkflows } from "./start-test-workflows";

describe.each(testDatabaseKinds())("embedded workflow runtime on %s", (kind) => {
  let t: TestWorkflows;
  const calls: Record<string, number> = {};
  const count = (key: string) => (calls[key] = (calls[key] ?? 0) + 1);
  const attemptTimes: number[] = [];

  beforeAll(async () => {
    t = await startTestWorkflows({
      kind,
      functions: (client) => {
        const child = client.createFunction({ id: "child", triggers: [{ event: "test/child.requested" }] }, async ({ event, step }) => {
          const doubled = await step.run("double", () => (event.data as { n: number }).n * 2);
          return { doubled };
        });
        return [
          client.createFunction({ id: "steps", triggers: [{ event: "test/steps.requested" }] }, async ({ event, step }) => {
            const a = await step.run("a", () => count("steps.a") && 1);
            const [b, c] = await Promise.all([step.run("b", () => count("steps.b") && 2), step.run("c", () => count("steps.c") && 3)]);
            return { sum: a + b + c, marker: (event.data as { marker: string }).marker };
          }),
          client.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky.requested" }] }, async ({ step }) => {
            return step.run("sometimes", () => {
              attemptTimes.push(Date.now());
              if (count("flaky") < 3) throw new Error("transient failure");
              return "ok";
            });
          }),
          client.createFunction({ id: "doomed", retries: 3, triggers: [{ event: "test/doomed.requested" }] }, async ({ step }) => {
            await step.run("fatal", () => {
              count("doomed");
              throw new NonRetriableError("bad input, do not retry");
            });
          }),
          client.createFunction({ id: "hopeless", retries: 1, triggers: [{ event: "test/hopeless.requested" }] }, async ({ step }) => {
            await step.run("always-fails", () => {
              count("hopeless");
              throw new Error("still broken");
            });
          }),
          client.createFunction({ id: "patient", triggers: [{ event: "test/patient.requested" }] }, async ({ step }) => {
            return step.run("rate-limited", () => {
              attemptTimes.push(Date.now());
              if (count("patient") === 1) throw new RetryAfterError("busy, come back later", "2s");
              return "served";
            });
          }),
          client.createFunction({ id: "sleeper", triggers: [{ event: "test/sleeper.requested" }] }, async ({ step }) => {
            const before = await step.run("before", () => Date.now());
            await step.sleep("nap", "1s");
            const after = await step.run("after", () => Date.now());
            return { slept: after - before };
          }),
          client.createFunction({ id: "waiter", triggers: [{ event: "test/order.created" }] }, async ({ step }) => {
            const paid = await step.waitForEvent("wait-paid", { event: "test/order.paid", timeout: "5s", if: "event.data.orderId == async.data.orderId && async.data.ok == true" });
            return { paidBy: (paid?.data as { by?: string } | undefined)?.by ?? null };
          }),
          client.createFunction({ id: "impatient", triggers: [{ event: "test/impatient.requested" }] }, async ({ step }) => {
            const never = await step.waitForEvent("wait-never", { event: "test/never.sent", timeout: "1s" });
            return { got: never };
          }),
          client.createFunction({ id: "sender", triggers: [{ event: "test/sender.requested" }] }, async ({ step }) => {
            await step.sendEvent("fan-out", { name: "test/child.requested", data: { n: 21 } });
            return "sent";
          }),
          client.createFunction({ id: "parent", triggers: [{ event: "test/parent.requested" }] }, async ({ step }) => {
            const result = await step.invoke("call-child", { function: child, data: { n: 5 }, timeout: "10s" });
            return { fromChild: result };
          }),
          child,
        ];
      },
    });
  });
  afterAll(() => t?.close());

  it("runs memoized steps and parallel steps, sent through the real client", async () => {
    const { ids } = await t.client.send({ name: "test/steps.requested", data: { marker: "m1" } });
    expect(ids).toHaveLength(1);
    const run = await t.waitForRun("steps");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ sum: 6, marker: "m1" });
    expect([calls["steps.a"], calls["steps.b"], calls["steps.c"]]).toEqual([1, 1, 1]);

    const page = await listWorkflowRuns({ limit: 10, functionId: "kf-test-steps" });
    expect(page.runs[0]).toMatchObject({ id: run.id, status: "completed", eventName: "test/steps.requested" });
    const detail = await getWorkflowRun({ runId: run.id });
    expect(detail?.steps.map((s) => [s.id, s.status]).sort()).toEqual([["a", "completed"], ["b", "completed"], ["c", "completed"]]);
  });

  it("retries a failing step with backoff until it succeeds", async () => {
    await t.client.send({ name: "test/flaky.requested", data: {} });
    const run = await t.waitForRun("flaky");
    expect(run.status).toBe("completed");
    expect(run.output).toBe("ok");
    expect(calls.flaky).toBe(3);
    const gaps = attemptTimes.slice(1).map((at, i) => at - attemptTimes[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(45); // base 50 ms
    expect(gaps[1]).toBeGreaterThanOrEqual(95); // doubled
    const [step] = await t.database.db.select().from(workflowSteps).where(eq(workflowSteps.runId, run.id));
    expect(step).toMatchObject({ status: "completed", attempt: 2 });
  });

  it("fails the run at once on NonRetriableError", async () => {
    await t.client.send({ name: "test/doomed.requested", data: {} });
    const run = await t.waitForRun("doomed");
    expect(run.status).toBe("failed");
    expect(run.error?.message).toContain("bad input, do not retry");
    expect(calls.doomed).toBe(1);
  });

  it("fails the run with the error once the function's retries are used up", async () => {
    await t.client.send({ name: "test/hopeless.requested", data: {} });
    const run = await t.waitForRun("hopeless");
    expect(run.status).toBe("failed");
    expect(run.error?.message).toContain("still broken");
    expect(run.error?.stack).toBeTruthy();
    expect(calls.hopeless).toBe(2); // retries: 1 → two attempts
  });

  it("honours RetryAfterError", async () => {
    attemptTimes.length = 0;
    await t.client.send({ name: "test/patient.requested", data: {} });
    const run = await t.waitForRun("patient");
    expect(run.output).toBe("served");
    expect(attemptTimes[1]! - attemptTimes[0]!).toBeGreaterThanOrEqual(1900);
  });

  it("signs its requests: the SDK refuses unsigned or forged ones, the runtime refuses bad keys", async () => {
    const body = JSON.stringify({ event: { name: "x", data: {} }, events: [], steps: {}, ctx: { run_id: "r", attempt: 0, stack: { stack: [], current: 0 } } });
    const url = `${t.appUrl}?fnId=kf-test-steps&stepId=step`;
    const headers = { "content-type": "application/json" };
    expect((await fetch(url, { method: "POST", headers, body })).status).toBe(401);
    const forged = { ...headers, "x-inngest-signature": `t=${Math.round(Date.now() / 1000)}&s=${"0".repeat(64)}` };
    expect((await fetch(url, { method: "POST", headers: forged, body })).status).toBe(401);
    const register = await fetch(`${t.runtimeUrl}/fn/register`, { method: "POST", headers: { authorization: "Bearer nope" }, body: "{}" });
    expect(register.status).toBe(401);
    const send = await fetch(`${t.runtimeUrl}/e/wrong-key`, { method: "POST", body: JSON.stringify({ name: "test/steps.requested" }) });
    expect(send.status).toBe(401);
  });

  it("sleeps", async () => {
    await t.client.send({ name: "test/sleeper.requested", data: {} });
    const run = await t.waitForRun("sleeper", { status: ["sleeping"] });
    expect(run.nextAttemptAt).not.toBeNull();
    const done = await t.waitForRun("sleeper");
    expect(done.status).toBe("completed");
    expect((done.output as { slept: number }).slept).toBeGreaterThanOrEqual(950);
  });

  it("resumes waitForEvent on an event matching its if expression", async () => {
    await t.client.send({ name: "test/order.created", data: { orderId: "o-1" } });
    await t.waitForRun("waiter", { status: ["waiting"] });
    await t.client.send([
      { name: "test/order.paid", data: { orderId: "o-2", ok: true, by: "wrong order" } },
      { name: "test/order.paid", data: { orderId: "o-1", ok: false, by: "not ok" } },
    ]);
    await t.client.send({ name: "test/order.paid", data: { orderId: "o-1", ok: true, by: "card" } });
    const run = await t.waitForRun("waiter");
    expect(run.output).toEqual({ paidBy: "card" });
  });

  it("returns null from waitForEvent when it times out", async () => {
    await t.client.send({ name: "test/impatient.requested", data: {} });
    const run = await t.waitForRun("impatient");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ got: null });
  });

  it("triggers another function with step.sendEvent", async () => {
    await t.client.send({ name: "test/sender.requested", data: {} });
    expect((await t.waitForRun("sender")).output).toBe("sent");
    const child = await t.waitForRun("child");
    expect(child.output).toEqual({ doubled: 42 });
    expect(child.eventName).toBe("test/child.requested");
  });

  it("returns the child's result from step.invoke", async () => {
    await t.client.send({ name: "test/parent.requested", data: {} });
    const run = await t.waitForRun("parent");
    expect(run.output).toEqual({ fromChild: { doubled: 10 } });
  });
});
