import type { TokenPermission } from "@/server/auth/schemas";

/** How the console names each token permission; the keys are the schema's. */
export const tokenPermissions = [
  { key: "videoRead", label: "Video read", hint: "List and read assets, uploads, live streams" },
  { key: "videoWrite", label: "Video write", hint: "Create, update and delete video resources" },
  { key: "dataRead", label: "Data read", hint: "Read viewing metrics" },
  { key: "system", label: "System", hint: "Manage webhooks and other workspace settings" },
] as const satisfies ReadonlyArray<{ key: TokenPermission; label: string; hint: string }>;

export type PermissionFlags = Record<TokenPermission, boolean>;
