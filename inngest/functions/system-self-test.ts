import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { recordSelfTestMarker } from "@/server/workflows/record-self-test-marker";

/** Proves workflows run end to end: several memoized steps, then the marker health and the console look for. */
export const systemSelfTest = inngest.createFunction(
  { id: "system-self-test", retries: 2, triggers: [events.workflowSelfTest] },
  async ({ event, step, runId }) => {
    const startedAt = await step.run("start", () => new Date().toISOString());
    let total = 0;
    for (let i = 1; i <= event.data.stepCount; i++) {
      total += await step.run(`step-${i}`, () => i);
    }
    await step.run("record-marker", () => recordSelfTestMarker({ marker: event.data.marker, runId, stepCount: event.data.stepCount }));
    return { marker: event.data.marker, startedAt, total };
  },
);
