import type { RouterOutputs } from "@/components/providers/trpc";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export type RunStatus = RouterOutputs["workflowRuns"]["list"]["runs"][number]["status"];
export type StepStatus = RouterOutputs["workflowRuns"]["get"]["steps"][number]["status"];

// Typed against the server's status union, so a new status fails the build here, not silently.
export const runStatusTones = {
  queued: "neutral",
  running: "info",
  sleeping: "accent",
  waiting: "accent",
  completed: "success",
  failed: "danger",
  cancelled: "neutral",
} as const satisfies Record<RunStatus, BadgeTone>;

const stepStatusTones = {
  planned: "neutral",
  sleeping: "accent",
  waiting: "accent",
  completed: "success",
  failed: "danger",
} as const satisfies Record<StepStatus, BadgeTone>;

export const runStatuses = Object.keys(runStatusTones) as RunStatus[];
export const isFinished = (status: RunStatus) => status === "completed" || status === "failed" || status === "cancelled";

const label = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return (
    <Badge tone={runStatusTones[status]} dot>
      {label(status)}
    </Badge>
  );
}

export function StepStatusBadge({ status }: { status: StepStatus }) {
  return <Badge tone={stepStatusTones[status]}>{label(status)}</Badge>;
}
