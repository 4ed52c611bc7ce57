import { notFound } from "next/navigation";
import { requireSession } from "./require-session";

/** Operator pages look missing to everyone else, like other tenants' workspaces do. */
export async function requireOperator() {
  const session = await requireSession();
  if (!session.user.isOperator) notFound();
  return session;
}
