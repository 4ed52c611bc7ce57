import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/server/errors";
import { requireWorkspaceRole } from "@/server/workspaces/require-workspace-role";
import { requireSession } from "./require-session";

/** The signed-in user's membership of a workspace, or the 404 page (once per request). */
export const requireMembership = cache(async (workspaceId: string) => {
  const session = await requireSession();
  const membership = await requireWorkspaceRole({ userId: session.user.id, workspaceId }).catch((error: unknown) => {
    // Someone else's workspace and a missing one look alike: both are a plain 404.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { session, ...membership };
});
