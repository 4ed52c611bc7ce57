import { assetsRouter } from "./routers/assets";
import { accessTokensRouter } from "./routers/access-tokens";
import { setupRouter } from "./routers/setup";
import { uploadsRouter } from "./routers/uploads";
import { workflowRunsRouter } from "./routers/workflow-runs";
import { workspacesRouter } from "./routers/workspaces";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  setup: setupRouter,
  workspaces: workspacesRouter,
  accessTokens: accessTokensRouter,
  assets: assetsRouter,
  workflowRuns: workflowRunsRouter,
  uploads: uploadsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
