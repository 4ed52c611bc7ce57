import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { WorkflowRunsTable } from "@/components/workflow-runs/workflow-runs-table";
import { requireOperator } from "../../../require-operator";

export const metadata: Metadata = { title: "Workflow runs" };

// GET /w/:workspaceId/workflow-runs – every workflow run of the installation (operators)
export default async function WorkflowRunsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  await requireOperator();
  const { workspaceId } = await params;
  return (
    <>
      <PageHeader title="Workflow runs" description="Background work of the whole installation: ingest, transcoding, webhooks. Refreshes every few seconds." />
      <WorkflowRunsTable workspaceId={workspaceId} />
    </>
  );
}
