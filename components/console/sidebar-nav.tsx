"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { sectionGroups, sections } from "./sections";

export function SidebarNav({ workspaceId, isOperator }: { workspaceId: string; isOperator: boolean }) {
  const pathname = usePathname();
  const groups = sectionGroups.filter((g) => isOperator || !g.operatorOnly);
  return (
    <nav aria-label="Console" className="flex-1 overflow-y-auto px-3 py-2">
      {groups.map((group) => (
        <div key={group.id} className="mb-4">
          <h2 className="px-2 pb-1 text-[11px] font-medium tracking-wide text-fg-muted/80 uppercase">{group.label}</h2>
          <ul className="flex flex-col gap-px">
            {sections
              .filter((s) => s.group === group.id)
              .map((s) => {
                const href = `/w/${workspaceId}/${s.slug}`;
                const active = pathname === href || pathname.startsWith(`${href}/`);
                const Icon = s.icon;
                return (
                  <li key={s.slug}>
                    <Link
                      href={href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "flex h-8 items-center gap-2.5 rounded-md px-2 text-[13px] transition-colors",
                        active ? "bg-bg-muted font-medium text-fg" : "text-fg-muted hover:bg-bg-muted/70 hover:text-fg",
                      )}
                    >
                      <Icon className={cn("size-4", active ? "text-fg" : "text-fg-muted")} aria-hidden />
                      {s.label}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
