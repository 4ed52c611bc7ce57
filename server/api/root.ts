import { accessTokensRouter } from "./routers/access-tokens";
import { setupRouter } from "./routers/setup";
import { workspacesRouter } from "./routers/workspaces";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  setup: setupRouter,
  workspaces: workspacesRouter,
  accessTokens: accessTokensRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
