import { Activity, Cpu, Database, Film, HardDrive, Workflow, type LucideIcon } from "lucide-react";
import type { HealthReport } from "@/server/health/check-health";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

type Part = Exclude<keyof HealthReport, "status">;

// Exhaustive over the report's parts: a new check shows up as a type error until it is named here.
const parts = {
  db: { label: "Database", icon: Database, what: "Stores workspaces, assets, tokens and workflow state" },
  storage: { label: "Storage", icon: HardDrive, what: "Holds uploaded sources, renditions and thumbnails" },
  worker: { label: "Media worker", icon: Cpu, what: "Runs media jobs: probing, transcoding, packaging" },
  ffmpeg: { label: "FFmpeg", icon: Film, what: "Decodes and encodes video for the worker" },
  workflows: { label: "Workflow runtime", icon: Workflow, what: "Drives ingest, webhooks and other background work" },
} as const satisfies Record<Part, { label: string; icon: LucideIcon; what: string }>;

export function HealthPanel({ report }: { report: HealthReport }) {
  const ok = report.status === "ok";
  return (
    <div className="flex flex-col gap-6">
      <Card className={cn("flex items-center gap-3 px-5 py-4", ok ? "border-success/30" : "border-danger/30")}>
        <Activity className={cn("size-5", ok ? "text-success" : "text-danger")} aria-hidden />
        <p className="text-[15px] font-semibold">{ok ? "All systems operational" : "Some parts need attention"}</p>
        <Badge tone={ok ? "success" : "danger"} className="ml-auto">
          {ok ? "OK" : "Degraded"}
        </Badge>
      </Card>
      <Card>
        <ul aria-label="Health checks">
          {(Object.keys(parts) as Part[]).map((key) => {
            const part = parts[key];
            const result = report[key];
            const healthy = result === "ok";
            const Icon = part.icon;
            return (
              <li key={key} aria-label={part.label} className="flex items-start gap-4 border-b border-border px-5 py-4 last:border-b-0">
                <span className="relative mt-1 flex size-2.5 shrink-0" aria-hidden>
                  {healthy && <span className="absolute inline-flex size-full animate-ping rounded-full bg-success opacity-40 motion-reduce:hidden" />}
                  <span className={cn("relative inline-flex size-2.5 rounded-full", healthy ? "bg-success" : "bg-danger")} />
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex items-center gap-2">
                    <Icon className="size-4 text-fg-muted" aria-hidden />
                    <span className="text-[13px] font-medium">{part.label}</span>
                  </div>
                  <p className="mt-0.5 text-xs text-fg-muted">{part.what}</p>
                  {!healthy && <p className="mt-1.5 font-mono text-xs break-words text-danger">{result}</p>}
                </div>
                <Badge tone={healthy ? "success" : "danger"}>{healthy ? "OK" : "Error"}</Badge>
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
