import { CircleAlert, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** An inline message; `danger` ones are announced to screen readers as they appear. */
export function Alert({ tone = "danger", children, className }: { tone?: "danger" | "warning"; children: ReactNode; className?: string }) {
  const Icon = tone === "danger" ? CircleAlert : TriangleAlert;
  return (
    <div
      role={tone === "danger" ? "alert" : "note"}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-[13px]",
        tone === "danger" ? "border-danger/30 bg-danger-bg text-danger" : "border-warning/30 bg-warning-bg text-warning",
        className,
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div>{children}</div>
    </div>
  );
}
