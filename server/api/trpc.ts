/**
 * tRPC for the console. Procedures: public, protected (signed in), operator (runs the
 * installation), workspace (member of input.workspaceId; `workspaceAdminProcedure` for admins).
 * AppErrors map to tRPC codes here and nowhere else; unknown errors reach the client as a
 * generic message.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { getSession } from "@/server/auth/get-session";
import { AppError, errorCodes, toPublicError } from "@/server/errors";
import { requireWorkspaceRole, type Role } from "@/server/workspaces/require-workspace-role";

export async function createTRPCContext(opts: { headers: Headers }) {
  const session = await getSession();
  return { session, headers: opts.headers };
}

const t = initTRPC.context<Awaited<ReturnType<typeof createTRPCContext>>>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => {
    const cause = error.cause instanceof AppError ? error.cause : null;
    const hidden = error.code === "INTERNAL_SERVER_ERROR" && !cause;
    return {
      ...shape,
      message: hidden ? "Internal server error" : shape.message,
      data: { ...shape.data, stack: undefined, appCode: cause?.code ?? null },
    };
  },
});

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) throw new TRPCError({ code: errorCodes[cause.code].trpc, message: cause.message, cause });
    if (result.error.code === "INTERNAL_SERVER_ERROR") toPublicError(cause ?? result.error);
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;
export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user?.id) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  return next({ ctx: { user: ctx.session.user } });
});

export const operatorProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isOperator) throw new TRPCError({ code: "FORBIDDEN", message: "Only operators can see this" });
  return next();
});

const workspaceAccess = (role?: Role) =>
  protectedProcedure.input(z.object({ workspaceId: z.string().min(1) })).use(async ({ ctx, input, next }) => {
    const { workspace, role: memberRole } = await requireWorkspaceRole({ userId: ctx.user.id, workspaceId: input.workspaceId, role });
    return next({ ctx: { workspace, role: memberRole } });
  });

export const workspaceProcedure = workspaceAccess();
export const workspaceAdminProcedure = workspaceAccess("admin");
