"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/console/page-header";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { isFinished, RunStatusBadge } from "./run-status-badge";
import { StepTimeline } from "./step-timeline";

export function WorkflowRunDetail({ workspaceId, runId }: { workspaceId: string; runId: string }) {
  const trpc = useTRPC();
  const run = useQuery(
    trpc.workflowRuns.get.queryOptions(
      { runId },
      // Poll while the run can still change.
      { refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : 2_000) },
    ),
  );

  const back = (
    <Link href={`/w/${workspaceId}/workflow-runs`} className="mb-4 inline-flex items-center gap-1.5 text-[13px] text-fg-muted hover:text-fg">
      <ArrowLeft className="size-3.5" aria-hidden />
      Workflow runs
    </Link>
  );

  if (run.isPending) return <>{back}<Spinner label="Loading run" /></>;
  if (run.isError) return <>{back}<Alert>{errorMessage(run.error)}</Alert></>;

  const r = run.data;
  const start = r.startedAt ?? r.createdAt;
  const end = r.endedAt ?? new Date();
  return (
    <>
      {back}
      <PageHeader
        title={r.functionId}
        description={
          <span className="inline-flex items-center gap-1 font-mono text-xs">
            {r.id}
            <CopyButton value={r.id} label="Copy run ID" className="size-6" />
          </span>
        }
        actions={<RunStatusBadge status={r.status} />}
      />
      <div className="flex flex-col gap-6">
        <Card>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-4 px-5 py-4 md:grid-cols-5">
            <Fact label="Trigger event"><span className="font-mono text-xs">{r.eventName}</span></Fact>
            <Fact label="Started">{r.startedAt ? formatDateTime(r.startedAt) : "Not yet"}</Fact>
            <Fact label="Ended">{r.endedAt ? formatDateTime(r.endedAt) : "—"}</Fact>
            <Fact label="Duration">{r.endedAt ? formatDuration(r.durationMs) : "running…"}</Fact>
            <Fact label="Attempt">{r.attempt + 1}</Fact>
          </dl>
        </Card>

        {r.errorMessage && (
          <Alert>
            <p className="font-medium">{r.errorMessage}</p>
            {r.errorStack && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs">Stack trace</summary>
                <pre className="mt-1.5 max-h-64 overflow-auto font-mono text-[11px] whitespace-pre-wrap">{r.errorStack}</pre>
              </details>
            )}
          </Alert>
        )}

        <Card>
          <CardHeader title="Steps" description={r.steps.length ? `${r.steps.length} step${r.steps.length === 1 ? "" : "s"}, on the run's timeline` : "This run has not reached a step yet."} />
          {r.steps.length > 0 && <StepTimeline steps={r.steps} start={start} end={end} />}
        </Card>

        <div className="grid gap-6 md:grid-cols-2">
          <JsonCard title="Event" json={JSON.stringify(r.event, null, 2)} />
          <JsonCard title="Output" json={r.outputPreview} empty={isFinished(r.status) ? "No output." : "Available when the run completes."} />
        </div>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="mt-0.5 truncate text-[13px]">{children}</dd>
    </div>
  );
}

function JsonCard({ title, json, empty }: { title: string; json: string | null; empty?: string }) {
  return (
    <Card className="min-w-0">
      <CardHeader title={title} />
      {json ? (
        <pre className="max-h-80 overflow-auto px-5 py-4 font-mono text-[11px] leading-relaxed whitespace-pre-wrap break-all">{json}</pre>
      ) : (
        <p className="px-5 py-4 text-[13px] text-fg-muted">{empty}</p>
      )}
    </Card>
  );
}
