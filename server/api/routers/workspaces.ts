import { z } from "zod";
import { addWorkspaceMember, addWorkspaceMemberSchema } from "@/server/workspaces/add-workspace-member";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { listUserOrganizations } from "@/server/workspaces/list-user-organizations";
import { listUserWorkspaces } from "@/server/workspaces/list-user-workspaces";
import { listWorkspaceMembers } from "@/server/workspaces/list-workspace-members";
import { removeWorkspaceMember } from "@/server/workspaces/remove-workspace-member";
import { requireOrganizationAdmin } from "@/server/workspaces/require-organization-admin";
import { createWorkspaceSchema } from "@/server/workspaces/schemas";
import { protectedProcedure, router, workspaceAdminProcedure, workspaceProcedure } from "../trpc";

export const workspacesRouter = router({
  list: protectedProcedure.query(({ ctx }) => listUserWorkspaces({ userId: ctx.user.id })),
  organizations: protectedProcedure.query(({ ctx }) => listUserOrganizations({ userId: ctx.user.id })),
  get: workspaceProcedure.query(({ ctx }) => ({ ...ctx.workspace, role: ctx.role })),
  create: protectedProcedure
    .input(createWorkspaceSchema.extend({ organizationId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      await requireOrganizationAdmin({ userId: ctx.user.id, organizationId: input.organizationId });
      return createWorkspace({ ...input, createdByUserId: ctx.user.id });
    }),
  members: workspaceProcedure.query(({ input }) => listWorkspaceMembers({ workspaceId: input.workspaceId })),
  addMember: workspaceAdminProcedure
    .input(addWorkspaceMemberSchema)
    .mutation(({ input }) => addWorkspaceMember(input)),
  removeMember: workspaceAdminProcedure
    .input(z.object({ userId: z.string().min(1) }))
    .mutation(({ input }) => removeWorkspaceMember(input)),
});
