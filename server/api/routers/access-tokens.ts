import { z } from "zod";
import { createAccessToken } from "@/server/auth/create-access-token";
import { listAccessTokens } from "@/server/auth/list-access-tokens";
import { revokeAccessToken } from "@/server/auth/revoke-access-token";
import { createAccessTokenSchema } from "@/server/auth/schemas";
import { router, workspaceAdminProcedure, workspaceProcedure } from "../trpc";

export const accessTokensRouter = router({
  list: workspaceProcedure.query(({ input }) => listAccessTokens({ workspaceId: input.workspaceId })),
  create: workspaceAdminProcedure
    .input(createAccessTokenSchema)
    .mutation(({ ctx, input }) => createAccessToken({ ...input, createdByUserId: ctx.user.id })),
  revoke: workspaceAdminProcedure
    .input(z.object({ tokenId: z.string().min(1) }))
    .mutation(({ input }) => revokeAccessToken(input)),
});
