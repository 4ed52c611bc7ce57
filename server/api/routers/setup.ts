import { createUserSchema } from "@/server/auth/schemas";
import { AppError } from "@/server/errors";
import { addFirstAdmin } from "@/server/workspaces/add-first-admin";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { hasAnyUser } from "@/server/workspaces/has-any-user";
import { publicProcedure, router } from "../trpc";

/** The first-run screen: open only while no user exists. */
export const setupRouter = router({
  status: publicProcedure.query(async () => ({ needsFirstAdmin: !(await hasAnyUser()) })),
  createFirstAdmin: publicProcedure.input(createUserSchema).mutation(async ({ input }) => {
    if (await hasAnyUser()) throw new AppError({ code: "forbidden", message: "The first admin already exists: sign in" });
    await ensureDefaultSetup();
    const user = await addFirstAdmin(input);
    return { email: user.email };
  }),
});
