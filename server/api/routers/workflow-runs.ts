import { z } from "zod";
import { workflowRunStatuses } from "@/server/db/schema";
import { notFound } from "@/server/errors";
import { getWorkflowRun } from "@/server/workflows/get-workflow-run";
import { listWorkflowRuns } from "@/server/workflows/list-workflow-runs";
import { operatorProcedure, router } from "../trpc";

/** The embedded workflow runtime's runs, installation-wide: operators only. */
export const workflowRunsRouter = router({
  list: operatorProcedure
    .input(
      z.object({
        limit: z.number().int().min(1).max(200).default(50),
        cursor: z.string().nullish(),
        status: z.enum(workflowRunStatuses).optional(),
        functionId: z.string().min(1).optional(),
      }),
    )
    .query(({ input }) => listWorkflowRuns({ ...input, cursor: input.cursor ?? undefined })),
  get: operatorProcedure.input(z.object({ runId: z.string().min(1) })).query(async ({ input }) => {
    const run = await getWorkflowRun(input);
    if (!run) throw notFound("Workflow run");
    return run;
  }),
});
