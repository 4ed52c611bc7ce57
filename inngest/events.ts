/**
 * Every workflow event, named `domain/noun.verb-in-past-tense`, with the zod schema of its data.
 * Functions trigger on these, and `inngest.send(events.x.create(data))` sends them.
 */
import { eventType } from "inngest";
import { z } from "zod";

export const events = {
  workflowSelfTest: eventType("system/self-test.requested", {
    schema: z.object({ marker: z.string(), stepCount: z.number().int().min(1).max(20) }),
  }),
} as const;
