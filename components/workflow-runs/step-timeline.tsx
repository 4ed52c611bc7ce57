import type { RouterOutputs } from "@/components/providers/trpc";
import { cn } from "@/components/ui/cn";
import { formatDuration } from "@/components/ui/format";
import { StepStatusBadge, type StepStatus } from "./run-status-badge";

type Step = RouterOutputs["workflowRuns"]["get"]["steps"][number];

const barColors = {
  planned: "bg-fg-muted/40",
  sleeping: "bg-accent/50",
  waiting: "bg-accent/50",
  completed: "bg-success/70",
  failed: "bg-danger/80",
} as const satisfies Record<StepStatus, string>;

/** Steps on the run's time axis: each bar starts and ends where the step did. */
export function StepTimeline({ steps, start, end }: { steps: Step[]; start: Date; end: Date }) {
  const total = Math.max(end.getTime() - start.getTime(), 1);
  const pct = (ms: number) => `${Math.min(Math.max((ms / total) * 100, 0), 100)}%`;

  return (
    <ol aria-label="Steps" className="flex flex-col">
      {steps.map((step, i) => {
        const stepEnd = step.endedAt ?? end;
        const offset = step.startedAt.getTime() - start.getTime();
        const length = stepEnd.getTime() - step.startedAt.getTime();
        return (
          <li key={`${step.id}-${i}`} className="grid grid-cols-1 gap-x-6 gap-y-2 border-b border-border px-5 py-3 last:border-b-0 md:grid-cols-[minmax(0,18rem)_1fr]">
            <div className="min-w-0">
              <div className="flex items-center gap-2">
                <span className="truncate text-[13px] font-medium" title={step.name}>{step.name}</span>
                <StepStatusBadge status={step.status} />
              </div>
              <div className="mt-0.5 flex gap-3 text-xs text-fg-muted">
                <span className="font-mono">{step.kind}</span>
                <span>{step.attempts === 1 ? "1 attempt" : `${step.attempts} attempts`}</span>
                <span className="tabular-nums">{step.endedAt ? formatDuration(step.durationMs) : "running…"}</span>
              </div>
            </div>
            <div className="flex flex-col justify-center gap-2">
              <div className="relative h-2 rounded-full bg-bg-muted" aria-hidden>
                <div
                  className={cn("absolute inset-y-0 min-w-1 rounded-full", barColors[step.status], !step.endedAt && "animate-pulse")}
                  style={{ left: pct(offset), width: pct(length) }}
                />
              </div>
              {step.errorMessage && <p className="text-xs break-words text-danger">{step.errorMessage}</p>}
              {step.outputPreview && (
                <details className="text-xs">
                  <summary className="cursor-pointer text-fg-muted hover:text-fg">Output</summary>
                  <pre className="mt-1.5 max-h-48 overflow-auto rounded-md bg-bg-subtle p-2.5 font-mono text-[11px] whitespace-pre-wrap break-all">{step.outputPreview}</pre>
                </details>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
