import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

/** Sign-in and first-run: one narrow card on a quiet grid background. */
export function AuthFrame({ children }: { children: ReactNode }) {
  return (
    <main className="relative flex min-h-dvh flex-col items-center justify-center bg-bg-subtle px-4 py-12">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-0 [background-image:linear-gradient(var(--border)_1px,transparent_1px),linear-gradient(90deg,var(--border)_1px,transparent_1px)] [background-size:48px_48px] [mask-image:radial-gradient(ellipse_at_center,black_10%,transparent_70%)] opacity-60"
      />
      <div className="relative w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Logo className="text-base" />
        </div>
        <div className="rounded-xl border border-border bg-bg p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}

export function AuthHeading({ title, description }: { title: string; description: string }) {
  return (
    <div className="mb-5">
      <h1 className="text-lg font-semibold tracking-tight">{title}</h1>
      <p className="mt-1 text-[13px] text-fg-muted">{description}</p>
    </div>
  );
}
