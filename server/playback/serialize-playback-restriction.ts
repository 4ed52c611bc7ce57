import { unixSeconds } from "@/server/assets/serialize-asset";
import type { playbackRestrictions } from "@/server/db/schema";

/** A playback restriction in Mux's shape. */
export function serializePlaybackRestriction(row: typeof playbackRestrictions.$inferSelect) {
  return {
    id: row.id,
    created_at: unixSeconds(row.createdAt),
    updated_at: unixSeconds(row.updatedAt),
    referrer: row.referrer,
    user_agent: row.userAgent,
  };
}
