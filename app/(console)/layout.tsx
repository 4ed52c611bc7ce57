import type { ReactNode } from "react";
import { Providers } from "@/components/providers/providers";
import { requireSession } from "./require-session";

// Providers (react-query + tRPC) live here and in (auth), not in the root layout, so /embed ships without them.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  await requireSession();
  return <Providers>{children}</Providers>;
}
