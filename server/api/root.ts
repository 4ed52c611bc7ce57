import { assetsRouter } from "./routers/assets";
import { dataRouter } from "./routers/data";
import { liveStreamsRouter } from "./routers/live-streams";
import { accessTokensRouter } from "./routers/access-tokens";
import { setupRouter } from "./routers/setup";
import { uploadsRouter } from "./routers/uploads";
import { webhooksRouter } from "./routers/webhooks";
import { workflowRunsRouter } from "./routers/workflow-runs";
import { workspacesRouter } from "./routers/workspaces";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  setup: setupRouter,
  workspaces: workspacesRouter,
  accessTokens: accessTokensRouter,
  assets: assetsRouter,
  liveStreams: liveStreamsRouter,
  workflowRuns: workflowRunsRouter,
  uploads: uploadsRouter,
  data: dataRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
