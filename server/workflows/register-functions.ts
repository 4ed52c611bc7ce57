import { and, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { workflowCrons, workflowFunctions } from "@/server/db/schema";
import { getNextCronFire } from "./get-next-cron-fire";

/** The part of the SDK's register payload (POST /fn/register) the runtime relies on. */
export const registerPayloadSchema = z.object({
  url: z.string(),
  appName: z.string().min(1),
  functions: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().optional(),
      triggers: z.array(z.object({ event: z.string().optional(), expression: z.string().optional(), cron: z.string().optional() })),
      steps: z.record(
        z.string(),
        z.object({
          runtime: z.object({ url: z.string() }),
          retries: z.object({ attempts: z.number().int().min(0) }).optional(),
        }),
      ),
    }).passthrough(),
  ),
});

export type RegisterPayload = z.infer<typeof registerPayloadSchema>;

/** Inngest's default when a function sets no `retries`: 4 retries, 5 attempts. */
const defaultRetries = 4;

/**
 * Replaces the app's function set with the registered one (removed functions stop triggering) and
 * keeps one cron schedule row per cron trigger, preserving next fire times of unchanged schedules.
 */
export async function registerFunctions(db: Db, payload: RegisterPayload, now: Date): Promise<{ modified: boolean }> {
  return db.transaction(async (tx) => {
    const ids = payload.functions.map((f) => f.id);
    const stale = ids.length
      ? and(eq(workflowFunctions.appId, payload.appName), notInArray(workflowFunctions.id, ids))
      : eq(workflowFunctions.appId, payload.appName);
    const removed = await tx.delete(workflowFunctions).where(stale).returning({ id: workflowFunctions.id });
    for (const { id } of removed) await tx.delete(workflowCrons).where(eq(workflowCrons.functionId, id));

    for (const fn of payload.functions) {
      const step = fn.steps.step ?? Object.values(fn.steps)[0];
      if (!step) continue;
      const values = {
        appId: payload.appName,
        name: fn.name ?? fn.id,
        url: step.runtime.url,
        triggers: fn.triggers,
        retries: step.retries?.attempts ?? defaultRetries,
        config: fn as Record<string, unknown>,
      };
      await tx.insert(workflowFunctions).values({ id: fn.id, ...values }).onConflictDoUpdate({ target: workflowFunctions.id, set: values });

      const crons = fn.triggers.flatMap((t) => (t.cron ? [t.cron] : []));
      await tx
        .delete(workflowCrons)
        .where(crons.length ? and(eq(workflowCrons.functionId, fn.id), notInArray(workflowCrons.cron, crons)) : eq(workflowCrons.functionId, fn.id));
      for (const cron of crons) {
        let nextFireAt: Date;
        try {
          nextFireAt = getNextCronFire(cron, now);
        } catch (error) {
          console.error(`[workflows] ${fn.id}: ignoring cron "${cron}":`, error instanceof Error ? error.message : error);
          continue;
        }
        await tx.insert(workflowCrons).values({ functionId: fn.id, cron, nextFireAt }).onConflictDoNothing();
      }
    }
    return { modified: true };
  });
}
