import { eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackRestrictions } from "@/server/db/schema";
import { getPlaybackRestrictionOrThrow } from "./get-playback-restriction-or-throw";
import { referrerRestrictionSchema, userAgentRestrictionSchema } from "./schemas";

/** Replaces one part of a restriction, as Mux's PUT …/referrer and PUT …/user_agent do. */
export async function updatePlaybackRestriction(input: { workspaceId: string; playbackRestrictionId: string; part: "referrer" | "user_agent"; body: unknown }) {
  const existing = await getPlaybackRestrictionOrThrow(input);
  const set =
    input.part === "referrer" ? { referrer: referrerRestrictionSchema.parse(input.body ?? {}) } : { userAgent: userAgentRestrictionSchema.parse(input.body ?? {}) };
  const db = await getDb();
  const [row] = await db
    .update(playbackRestrictions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(playbackRestrictions.id, existing.id))
    .returning();
  return row!;
}
