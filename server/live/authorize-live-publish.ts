import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import type { LiveIngestProtocol } from "@/server/db/schema/live";
import { isPublisherConnected } from "./is-publisher-connected";

export type LivePublishDecision = { ok: true; liveStream: typeof liveStreams.$inferSelect } | { ok: false; reason: string };

/**
 * The ingest's check at connect time, before any media: the key must name a stream that is not
 * disabled and has no publisher already. beginLiveConnection checks again under a row lock, so
 * two publishers racing with one key cannot both start.
 */
export async function authorizeLivePublish(input: { streamKey: string; protocol: LiveIngestProtocol }): Promise<LivePublishDecision> {
  if (!input.streamKey) return { ok: false, reason: "no stream key" };
  const db = await getDb();
  const liveStream = await db.query.liveStreams.findFirst({ where: eq(liveStreams.streamKey, input.streamKey) });
  if (!liveStream) return { ok: false, reason: "unknown stream key" };
  if (liveStream.status === "disabled") return { ok: false, reason: "the live stream is disabled" };
  if (isPublisherConnected(liveStream)) return { ok: false, reason: "the live stream already has a connected publisher" };
  return { ok: true, liveStream };
}
