import type { ReactNode } from "react";

export function Checkbox({ id, checked, onChange, label, hint }: { id: string; checked: boolean; onChange: (checked: boolean) => void; label: string; hint?: ReactNode }) {
  return (
    <label htmlFor={id} className="flex cursor-pointer items-start gap-2.5 rounded-md border border-border px-3 py-2 hover:bg-bg-subtle has-checked:border-accent/40 has-checked:bg-accent/5">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 size-3.5 accent-(--accent)" />
      <span className="flex flex-col">
        <span className="text-[13px] font-medium text-fg">{label}</span>
        {hint && <span className="text-xs text-fg-muted">{hint}</span>}
      </span>
    </label>
  );
}
