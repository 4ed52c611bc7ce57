"use client";

import { useQuery } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { cn } from "@/components/ui/cn";
import { Popover } from "@/components/ui/popover";
import { Spinner } from "@/components/ui/spinner";
import { CreateWorkspaceDialog } from "@/components/workspaces/create-workspace-dialog";
import { useAdminOrganizations } from "@/components/workspaces/use-admin-organizations";
import { EnvironmentBadge } from "./environment-badge";
import type { ConsoleWorkspace } from "./types";

export function WorkspaceSwitcher({ current }: { current: ConsoleWorkspace }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const workspaces = useQuery(trpc.workspaces.list.queryOptions());
  const canCreate = useAdminOrganizations().length > 0;
  const [creating, setCreating] = useState(false);
  // Switching keeps you in the same section: /w/<a>/settings → /w/<b>/settings.
  const section = pathname.split("/")[3] ?? "assets";

  return (
    <>
      <Popover
        triggerClassName="flex w-full items-center gap-2 rounded-md border border-border bg-bg px-2.5 py-1.5 text-left shadow-xs hover:border-border-strong"
        panelClassName="left-0 top-full mt-1 w-full min-w-60"
        trigger={
          <>
            <span className="min-w-0 flex-1">
              <span className="sr-only">Workspace: </span>
              <span className="block truncate text-[13px] font-medium">{current.name}</span>
              <span className={cn("block text-[11px]", current.environment === "production" ? "text-success" : "text-warning")}>
                {current.environment === "production" ? "Production" : "Development"}
              </span>
            </span>
            <ChevronsUpDown className="size-3.5 shrink-0 text-fg-muted" aria-hidden />
          </>
        }
      >
        {(close) => (
          <div>
            <p className="px-2 pt-1.5 pb-1 text-[11px] font-medium tracking-wide text-fg-muted uppercase">Workspaces</p>
            {workspaces.isPending && <div className="p-2"><Spinner label="Loading workspaces" /></div>}
            <ul aria-label="Workspaces" className="max-h-72 overflow-y-auto">
              {workspaces.data?.map((w) => (
                <li key={w.id}>
                  <Link
                    href={`/w/${w.id}/${section}`}
                    onClick={close}
                    aria-current={w.id === current.id ? "true" : undefined}
                    className="flex items-center gap-2 rounded-md px-2 py-1.5 text-[13px] hover:bg-bg-muted"
                  >
                    <Check className={cn("size-3.5 shrink-0", w.id === current.id ? "text-fg" : "invisible")} aria-hidden />
                    <span className="min-w-0 flex-1 truncate">{w.name}</span>
                    <EnvironmentBadge environment={w.environment} />
                  </Link>
                </li>
              ))}
            </ul>
            {canCreate && (
              <div className="mt-1 border-t border-border pt-1">
                <button
                  type="button"
                  onClick={() => {
                    close();
                    setCreating(true);
                  }}
                  className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-[13px] text-fg-muted hover:bg-bg-muted hover:text-fg"
                >
                  <Plus className="size-3.5" aria-hidden />
                  New workspace
                </button>
              </div>
            )}
          </div>
        )}
      </Popover>
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
