import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { WebhooksPage } from "@/components/webhooks/webhooks-page";
import { requireMembership } from "../../../require-membership";

export const metadata: Metadata = { title: "Webhooks" };

// GET /w/:workspaceId/webhooks – webhook endpoints, their secrets and delivery logs
export default async function Page({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const { role } = await requireMembership(workspaceId);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          <>
            Signed <code className="font-mono text-xs">Mux-Signature</code> events, retried for about 24 h. Also over the API at{" "}
            <code className="font-mono text-xs">/system/v1/webhook-endpoints</code>.
          </>
        }
      />
      <WebhooksPage workspaceId={workspaceId} isAdmin={role === "admin"} />
    </>
  );
}
