import type { playbackIds } from "@/server/db/schema";

type PlaybackIdRow = typeof playbackIds.$inferSelect;

/** `{ id, policy }` as Mux nests it in assets and returns it from the playback-ids routes. */
export function serializePlaybackId(row: PlaybackIdRow) {
  return { id: row.id, policy: row.policy };
}
