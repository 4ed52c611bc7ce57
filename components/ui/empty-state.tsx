import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

export function EmptyState({ icon: Icon, title, children }: { icon: LucideIcon; title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-border-strong bg-bg-subtle px-6 py-14 text-center">
      <div className="mb-4 flex size-10 items-center justify-center rounded-lg border border-border bg-bg shadow-xs">
        <Icon className="size-5 text-fg-muted" aria-hidden />
      </div>
      <h2 className="text-[15px] font-semibold text-fg">{title}</h2>
      <div className="mt-1.5 max-w-md text-[13px] text-fg-muted">{children}</div>
    </div>
  );
}
