import type { Metadata } from "next";
import { WorkflowRunDetail } from "@/components/workflow-runs/workflow-run-detail";
import { requireOperator } from "../../../../require-operator";

export const metadata: Metadata = { title: "Workflow run" };

// GET /w/:workspaceId/workflow-runs/:runId – one run and its steps (operators)
export default async function WorkflowRunPage({ params }: { params: Promise<{ workspaceId: string; runId: string }> }) {
  await requireOperator();
  const { workspaceId, runId } = await params;
  return <WorkflowRunDetail workspaceId={workspaceId} runId={runId} />;
}
