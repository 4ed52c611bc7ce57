import { eq, sql } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreamSessions, liveStreams } from "@/server/db/schema";
import type { LiveIngestProtocol } from "@/server/db/schema/live";
import { AppError, notFound } from "@/server/errors";
import { newId } from "@/server/ids";
import { announceRecordingAsset, createRecordingAsset } from "./create-recording-asset";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { isPublisherConnected } from "./is-publisher-connected";
import { lockLiveStream } from "./lock-live-stream";

/**
 * A publisher's media arrived: under the stream's row lock, continue the session waiting out its
 * reconnect window (or one whose ingest node died), else start a new one with its recording asset
 * (unless new_asset_settings is null). The stream becomes active with this connection. Emits
 * connected, recording (when recording) and, for a new session, active; for a new recording
 * asset the webhook video.asset.created. Throws a conflict when the stream is disabled or another
 * publisher got there first: the caller closes this connection.
 */
export async function beginLiveConnection(input: { liveStreamId: string; protocol: LiveIngestProtocol; originUrl: string }) {
  const db = await getDb();
  const now = new Date();
  const begun = await db.transaction(async (tx) => {
    const stream = await lockLiveStream(tx, { liveStreamId: input.liveStreamId });
    if (!stream) throw notFound("Live stream");
    if (stream.status === "disabled") throw new AppError({ code: "conflict", message: "The live stream is disabled" });
    if (isPublisherConnected(stream, now.getTime())) throw new AppError({ code: "conflict", message: "The live stream already has a connected publisher" });

    const [previous] = stream.activeSessionId
      ? await tx.select().from(liveStreamSessions).where(eq(liveStreamSessions.id, stream.activeSessionId)).for("update")
      : [];
    const continuing = previous && previous.status !== "ended" ? previous : null;
    let session: typeof liveStreamSessions.$inferSelect;
    let recording: Awaited<ReturnType<typeof createRecordingAsset>> | null = null;
    if (continuing) {
      [session] = await tx
        .update(liveStreamSessions)
        .set({ status: "live", connectionCount: sql`${liveStreamSessions.connectionCount} + 1`, lastConnectedAt: now })
        .where(eq(liveStreamSessions.id, continuing.id))
        .returning() as [typeof session];
    } else {
      recording = stream.newAssetSettings ? await createRecordingAsset(tx, stream) : null;
      [session] = await tx
        .insert(liveStreamSessions)
        .values({ id: newId(), liveStreamId: stream.id, workspaceId: stream.workspaceId, assetId: recording?.id ?? null, connectionCount: 1, startedAt: now, lastConnectedAt: now })
        .returning() as [typeof session];
    }
    const [liveStream] = await tx
      .update(liveStreams)
      .set({
        status: "active",
        activeSessionId: session.id,
        activeAssetId: session.assetId,
        activeIngestProtocol: input.protocol,
        originUrl: input.originUrl,
        connectedAt: now,
        health: null,
      })
      .where(eq(liveStreams.id, stream.id))
      .returning();
    return { liveStream: liveStream!, session, recording, reconnected: continuing !== null };
  });

  const { liveStream, session } = begun;
  if (begun.recording) await announceRecordingAsset(begun.recording);
  const connection = `:${session.id}:${session.connectionCount}`;
  await emitLiveStreamEvent({ type: events.liveStreamConnected }, liveStream, { suffix: connection });
  if (session.assetId) await emitLiveStreamEvent({ type: events.liveStreamRecording }, liveStream, { suffix: connection });
  if (!begun.reconnected) await emitLiveStreamEvent({ type: events.liveStreamActive }, liveStream, { suffix: `:${session.id}` });
  return { liveStream, session, assetId: session.assetId, reconnected: begun.reconnected };
}
