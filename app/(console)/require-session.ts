import { redirect } from "next/navigation";
import { cache } from "react";
import { getSession } from "@/server/auth/get-session";
import { hasAnyUser } from "@/server/workspaces/has-any-user";

/** The console's gate, shared by its layouts and pages (they render in parallel, so each checks). */
export const requireSession = cache(async () => {
  const session = await getSession();
  if (session?.user?.id) return session;
  redirect((await hasAnyUser()) ? "/sign-in" : "/setup");
});
