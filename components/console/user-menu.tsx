"use client";

import { ChevronsUpDown, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Badge } from "@/components/ui/badge";
import { Popover } from "@/components/ui/popover";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import type { ConsoleUser } from "./types";

export function UserMenu({ user }: { user: ConsoleUser }) {
  const leave = async () => {
    await signOut({ redirect: false });
    // A full load: no client cache of the signed-in console survives sign-out.
    window.location.assign("/sign-in");
  };
  return (
    <Popover
      triggerClassName="flex w-full items-center gap-2.5 rounded-md p-1.5 text-left hover:bg-bg-muted"
      panelClassName="bottom-full left-0 mb-2 w-full min-w-56"
      trigger={
        <>
          <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent/15 text-xs font-semibold text-accent uppercase">
            {(user.name ?? user.email).slice(0, 1)}
          </span>
          <span className="min-w-0 flex-1">
            <span className="sr-only">Account: </span>
            <span className="block truncate text-[13px] font-medium text-fg">{user.email}</span>
          </span>
          <ChevronsUpDown className="size-3.5 text-fg-muted" aria-hidden />
        </>
      }
    >
      {() => (
        <div className="flex flex-col">
          <div className="px-2.5 py-2">
            <p className="truncate text-[13px] font-medium">{user.name ?? user.email}</p>
            {/* next-auth falls back to the email for the name; do not print it twice. */}
            {user.name && user.name !== user.email && <p className="truncate text-xs text-fg-muted">{user.email}</p>}
            {user.isOperator && <Badge tone="accent" className="mt-2">Operator</Badge>}
          </div>
          <div className="border-t border-border px-2.5 py-2">
            <p className="mb-1.5 text-xs text-fg-muted">Theme</p>
            <ThemeToggle />
          </div>
          <div className="border-t border-border pt-1">
            <button type="button" onClick={leave} className="flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-[13px] text-fg-muted hover:bg-bg-muted hover:text-fg">
              <LogOut className="size-4" aria-hidden />
              Sign out
            </button>
          </div>
        </div>
      )}
    </Popover>
  );
}
