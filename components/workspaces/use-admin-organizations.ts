"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Organizations where the user may create workspaces; empty for plain members. */
export function useAdminOrganizations() {
  const trpc = useTRPC();
  const query = useQuery(trpc.workspaces.organizations.queryOptions());
  return (query.data ?? []).filter((o) => o.role === "admin");
}
