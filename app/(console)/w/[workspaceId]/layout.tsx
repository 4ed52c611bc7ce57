import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { AppError } from "@/server/errors";
import { requireWorkspaceRole } from "@/server/workspaces/require-workspace-role";
import { requireSession } from "../../require-session";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  const session = await requireSession();
  const { workspaceId } = await params;
  const membership = await requireWorkspaceRole({ userId: session.user.id, workspaceId }).catch((error: unknown) => {
    // Someone else's workspace and a missing one look alike: both are a plain 404.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { workspace, role } = membership;
  const user = { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null, isOperator: session.user.isOperator };
  return (
    <ConsoleShell user={user} workspace={{ id: workspace.id, name: workspace.name, environment: workspace.environment, role }}>
      {children}
    </ConsoleShell>
  );
}
