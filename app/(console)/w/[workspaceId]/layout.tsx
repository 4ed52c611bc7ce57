import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireMembership } from "../../require-membership";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const { session, workspace, role } = await requireMembership(workspaceId);
  const user = { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null, isOperator: session.user.isOperator };
  return (
    <ConsoleShell user={user} workspace={{ id: workspace.id, name: workspace.name, environment: workspace.environment, role }}>
      {children}
    </ConsoleShell>
  );
}
