import type { assets } from "@/server/db/schema";

/** How long a temporary master stays downloadable, as at Mux. */
export const MASTER_ACCESS_MS = 24 * 3600 * 1000;

/**
 * Until when an asset's master (source) is downloadable: null when master_access is not
 * "temporary" or the asset is not ready yet. Enabled on a ready asset, the row keeps the expiry;
 * enabled at creation, it runs from the moment the asset became ready.
 */
export function getMasterAccessExpiry(asset: typeof assets.$inferSelect): Date | null {
  if ((asset.settings as { master_access?: string }).master_access !== "temporary" || !asset.readyAt) return null;
  return asset.masterAccessExpiresAt ?? new Date(asset.readyAt.getTime() + MASTER_ACCESS_MS);
}
