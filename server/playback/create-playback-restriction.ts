import { getDb } from "@/server/db/client";
import { playbackRestrictions } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { createPlaybackRestrictionSchema } from "./schemas";

/** Creates a referrer / user-agent restriction that signed tokens name with `playback_restriction_id`. */
export async function createPlaybackRestriction(input: { workspaceId: string; body: unknown }) {
  const body = createPlaybackRestrictionSchema.parse(input.body ?? {});
  const db = await getDb();
  const [row] = await db
    .insert(playbackRestrictions)
    .values({ id: newId(), workspaceId: input.workspaceId, referrer: body.referrer, userAgent: body.user_agent })
    .returning();
  return row!;
}
