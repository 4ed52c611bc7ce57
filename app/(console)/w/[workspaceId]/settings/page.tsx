import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/console/page-header";
import { AccessTokensSection } from "@/components/settings/access-tokens-section";
import { MembersSection } from "@/components/settings/members-section";
import { WorkspacesSection } from "@/components/settings/workspaces-section";
import { requireMembership } from "../../../require-membership";

export const metadata: Metadata = { title: "Settings" };

// GET /w/:workspaceId/settings – API access tokens, members and workspaces
export default async function SettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const { session, workspace, role } = await requireMembership(workspaceId);
  const isAdmin = role === "admin";
  return (
    <>
      <PageHeader
        title="Settings"
        description={`API access and members of the ${workspace.name} workspace.`}
        actions={<Link href="/docs/api" className="text-[13px] font-medium text-accent hover:underline">API reference</Link>}
      />
      <div className="flex flex-col gap-8">
        <AccessTokensSection workspaceId={workspaceId} isAdmin={isAdmin} />
        <MembersSection workspaceId={workspaceId} isAdmin={isAdmin} currentUserId={session.user.id} />
        <WorkspacesSection currentWorkspaceId={workspaceId} />
      </div>
    </>
  );
}
