import type { IngestConnection } from "@/server/live/ingest/ingest-types";
import type { SimulcastFeed } from "@/server/live/simulcast/create-simulcast-feed";
import type { RunningSimulcastTargets } from "@/server/live/simulcast/sync-simulcast-targets";
import type { LivePackager } from "@/server/live/packager/create-live-packager";
import type { LiveRendition } from "./choose-live-ladder";

/** What this ingest node holds for one live stream's session: its packager and, while a publisher is connected, the connection. */
export type LiveSessionState = {
  liveStreamId: string;
  workspaceId: string;
  sessionId: string;
  renditions: LiveRendition[];
  packager: LivePackager;
  connection: { conn: IngestConnection; droppedFrames: () => number; maxContinuousDuration: number } | null;
  /** The connected publisher's FLV for simulcast targets (null between connections). */
  simulcastFeed: SimulcastFeed | null;
  /** Simulcast pushes running for this stream on this node. */
  simulcast: RunningSimulcastTargets;
  /** Deletes the session's stored segments (its DVR); the recordings stay for live-to-VOD. */
  deleteSegments(): Promise<void>;
  /** When the session ended here (ENDLIST served); the state is dropped a while later. */
  endedAt: number | null;
};

/** The ingest node's sessions by live stream id; the live origin serves from it. */
export type LiveHub = Map<string, LiveSessionState>;

export const createLiveHub = (): LiveHub => new Map();
