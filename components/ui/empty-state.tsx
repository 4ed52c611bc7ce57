import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** `bare` drops the dashed frame, for empty states that sit inside a Card. */
export function EmptyState({ icon: Icon, title, bare, children }: { icon: LucideIcon; title: string; bare?: boolean; children?: ReactNode }) {
  return (
    <div className={cn("flex flex-col items-center px-6 text-center", bare ? "py-10" : "rounded-lg border border-dashed border-border-strong bg-bg-subtle py-14")}>
      <div className="mb-4 flex size-10 items-center justify-center rounded-lg border border-border bg-bg shadow-xs">
        <Icon className="size-5 text-fg-muted" aria-hidden />
      </div>
      <h2 className="text-[15px] font-semibold text-fg">{title}</h2>
      <div className="mt-1.5 max-w-md text-[13px] text-fg-muted">{children}</div>
    </div>
  );
}
