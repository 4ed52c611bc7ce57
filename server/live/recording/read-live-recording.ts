import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, liveStreamSessions, liveStreams } from "@/server/db/schema";
import { getStorage } from "@/server/storage/get-storage";

export type LiveRecording = {
  /** The session's state: `reconnecting` means the window is still open. */
  sessionStatus: "live" | "reconnecting" | "ended";
  reconnectWindowSeconds: number;
  /** The publisher's last connection has ended (its recording, if any, is listed). */
  publisherLeft: boolean;
  /** The recording asset, when there is one still waiting for its media. */
  asset: { id: string; workspaceId: string } | null;
  /** Recorded connections that are in storage, oldest first. */
  recordingKeys: string[];
};

/** What the live-to-VOD workflow needs to know about a session. Null when the session is gone. */
export async function readLiveRecording(input: { sessionId: string }): Promise<LiveRecording | null> {
  const db = await getDb();
  const [row] = await db
    .select({ session: liveStreamSessions, reconnectWindow: liveStreams.reconnectWindow })
    .from(liveStreamSessions)
    .innerJoin(liveStreams, eq(liveStreams.id, liveStreamSessions.liveStreamId))
    .where(eq(liveStreamSessions.id, input.sessionId));
  if (!row) return null;
  const { session } = row;
  const [asset] = session.assetId
    ? await db.select({ id: assets.id, workspaceId: assets.workspaceId, status: assets.status }).from(assets).where(eq(assets.id, session.assetId))
    : [];
  const storage = getStorage();
  const stored = await Promise.all(session.recordingKeys.map(async (key) => ((await storage.head(key)) ? key : null)));
  const { lastConnectedAt: connected, lastDisconnectedAt: disconnected } = session;
  return {
    sessionStatus: session.status,
    reconnectWindowSeconds: row.reconnectWindow,
    publisherLeft: !connected || (disconnected !== null && disconnected >= connected),
    asset: asset?.status === "preparing" ? { id: asset.id, workspaceId: asset.workspaceId } : null,
    recordingKeys: stored.filter((key): key is string => key !== null),
  };
}
