import type { ReactNode } from "react";
import { requireSession } from "./require-session";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  await requireSession();
  return children;
}
