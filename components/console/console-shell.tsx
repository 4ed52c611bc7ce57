"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Logo } from "@/components/ui/logo";
import { SidebarNav } from "./sidebar-nav";
import type { ConsoleUser, ConsoleWorkspace } from "./types";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

/** Sidebar + content. Below `md` the sidebar is a drawer opened from the top bar's menu button. */
export function ConsoleShell({ user, workspace, children }: { user: ConsoleUser; workspace: ConsoleWorkspace; children: ReactNode }) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  const pathname = usePathname();

  useEffect(() => setDrawerOpen(false), [pathname]);

  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setDrawerOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [drawerOpen]);

  return (
    <div className="min-h-dvh md:flex">
      <a href="#content" className="sr-only z-[60] rounded-md bg-bg px-3 py-2 text-[13px] shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex h-12 items-center gap-2 border-b border-border bg-bg/90 px-3 backdrop-blur md:hidden">
        <button
          type="button"
          onClick={() => setDrawerOpen(true)}
          aria-label="Open navigation"
          aria-expanded={drawerOpen}
          aria-controls="console-sidebar"
          className="rounded-md p-1.5 text-fg-muted hover:bg-bg-muted hover:text-fg"
        >
          <Menu className="size-5" aria-hidden />
        </button>
        <Logo className="text-sm" />
        <span className="ml-auto truncate text-xs text-fg-muted">{workspace.name}</span>
      </header>

      {drawerOpen && (
        <button type="button" aria-label="Close navigation" tabIndex={-1} onClick={() => setDrawerOpen(false)} className="fixed inset-0 z-40 bg-black/40 md:hidden" />
      )}

      <aside
        id="console-sidebar"
        className={cn(
          "fixed inset-y-0 left-0 z-50 flex w-64 flex-col border-r border-border bg-bg-subtle transition-[translate,visibility] duration-200",
          "md:sticky md:top-0 md:z-auto md:h-dvh md:w-60 md:shrink-0 md:translate-x-0 md:visible",
          drawerOpen ? "translate-x-0 shadow-2xl" : "max-md:invisible max-md:-translate-x-full",
        )}
      >
        <div className="flex h-12 items-center justify-between px-4">
          <Logo className="text-sm" />
          <button type="button" onClick={() => setDrawerOpen(false)} aria-label="Close navigation" className="rounded-md p-1 text-fg-muted hover:bg-bg-muted hover:text-fg md:hidden">
            <X className="size-4" aria-hidden />
          </button>
        </div>
        <div className="px-3 pb-2">
          <WorkspaceSwitcher current={workspace} />
        </div>
        <SidebarNav workspaceId={workspace.id} isOperator={user.isOperator} />
        <div className="border-t border-border p-3">
          <UserMenu user={user} />
        </div>
      </aside>

      <main id="content" className="min-w-0 flex-1">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 md:px-10 md:py-10">{children}</div>
      </main>
    </div>
  );
}
