import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workflowCrons } from "@/server/db/schema";
import { testDatabaseKinds } from "@/server/testing/test-database";
import { startTestWorkflows, type TestWorkflows } from "./start-test-workflows";

describe.each(testDatabaseKinds())("cron triggers on %s", (kind) => {
  let t: TestWorkflows;
  // The runtime's clock is injected, so the test moves time instead of waiting for minutes.
  let clock = new Date("2030-01-01T10:02:30Z");

  beforeAll(async () => {
    t = await startTestWorkflows({
      kind,
      runtime: { now: () => clock },
      functions: (client) => [
        client.createFunction({ id: "every-five", triggers: [{ cron: "*/5 * * * *" }] }, async ({ event, step }) => {
          const cron = await step.run("tick", () => (event.data as { cron: string }).cron);
          return { cron, event: event.name };
        }),
      ],
    });
  });
  afterAll(() => t?.close());

  it("schedules the next fire on registration and starts a run when it is due", async () => {
    const [schedule] = await t.database.db.select().from(workflowCrons).where(eq(workflowCrons.functionId, "kf-test-every-five"));
    expect(schedule?.nextFireAt.toISOString()).toBe("2030-01-01T10:05:00.000Z");

    clock = new Date("2030-01-01T10:05:01Z");
    const run = await t.waitForRun("every-five");
    expect(run.status).toBe("completed");
    expect(run.eventName).toBe("inngest/scheduled.timer");
    expect(run.output).toEqual({ cron: "*/5 * * * *", event: "inngest/scheduled.timer" });

    const [after] = await t.database.db.select().from(workflowCrons).where(eq(workflowCrons.functionId, "kf-test-every-five"));
    expect(after?.nextFireAt.toISOString()).toBe("2030-01-01T10:10:00.000Z");
  });
});
