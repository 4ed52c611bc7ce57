/**
 * Live streaming: live streams (Mux's shape), one session per continuous broadcast (a publisher
 * that reconnects within the reconnect window continues the same session and recording), and
 * simulcast targets pushed while the stream is active.
 */
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { workspaces } from "./identity";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const liveLatencyModes = ["low", "reduced", "standard"] as const;
export type LiveLatencyMode = (typeof liveLatencyModes)[number];
export const liveIngestProtocols = ["rtmp", "rtmps", "srt"] as const;
export type LiveIngestProtocol = (typeof liveIngestProtocols)[number];

/** What the ingest measured about the incoming feed, refreshed every few seconds while connected. */
export type LiveStreamHealth = {
  updatedAt: string;
  protocol: LiveIngestProtocol;
  videoCodec: string | null;
  audioCodec: string | null;
  width: number | null;
  height: number | null;
  /** Incoming bitrate over the last few seconds, kbit/s. */
  bitrateKbps: number;
  /** Incoming frame rate over the last few seconds. */
  fps: number;
  /** Seconds between the last two keyframes. */
  keyframeIntervalSeconds: number | null;
  /** Frames the live transcoder dropped so far in this connection. */
  droppedFrames: number;
  /** Seconds connected in this connection. */
  connectedSeconds: number;
};

export const liveStreams = pgTable(
  "live_streams",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    /** The publisher's secret (RTMP stream name, SRT streamid). Shown in the API as Mux does. */
    streamKey: text("stream_key").notNull(),
    status: text("status", { enum: ["idle", "active", "disabled"] }).notNull().default("idle"),
    latencyMode: text("latency_mode", { enum: liveLatencyModes }).notNull().default("standard"),
    /** Seconds a dropped publisher may take to come back and continue the same session. */
    reconnectWindow: doublePrecision("reconnect_window").notNull().default(60),
    /** Longest continuous broadcast, in seconds; the publisher is disconnected after it. */
    maxContinuousDuration: integer("max_continuous_duration").notNull().default(43_200),
    /** Settings of the asset each session records into (Mux's new_asset_settings); null: no recording. */
    newAssetSettings: jsonb("new_asset_settings").$type<Record<string, unknown> | null>(),
    passthrough: text("passthrough"),
    test: boolean("test").notNull().default(false),
    /** The session in progress (live or waiting out the reconnect window), if any. */
    activeSessionId: text("active_session_id"),
    activeAssetId: text("active_asset_id"),
    /** Protocol of the connected publisher, null when none is connected. */
    activeIngestProtocol: text("active_ingest_protocol", { enum: liveIngestProtocols }),
    /** Live origin serving the session's playlists (the ingest node's LIVE_ORIGIN_URL). */
    originUrl: text("origin_url"),
    connectedAt: ts("connected_at"),
    disconnectedAt: ts("disconnected_at"),
    health: jsonb("health").$type<LiveStreamHealth | null>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("live_streams_stream_key_idx").on(t.streamKey), index("live_streams_workspace_created_idx").on(t.workspaceId, t.createdAt)],
);

export const liveStreamSessions = pgTable(
  "live_stream_sessions",
  {
    id: text("id").primaryKey(),
    liveStreamId: text("live_stream_id").notNull().references(() => liveStreams.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    /** The recording's asset (null when the stream records nothing). */
    assetId: text("asset_id"),
    status: text("status", { enum: ["live", "reconnecting", "ended"] }).notNull().default("live"),
    /** Publisher connections so far (2+ means it reconnected within the window). */
    connectionCount: integer("connection_count").notNull().default(0),
    /** Storage keys of each connection's recorded FLV, in order. */
    recordingKeys: jsonb("recording_keys").$type<string[]>().notNull().default([]),
    /** Seconds of media received over all connections. */
    duration: doublePrecision("duration").notNull().default(0),
    startedAt: ts("started_at").notNull().defaultNow(),
    lastConnectedAt: ts("last_connected_at"),
    lastDisconnectedAt: ts("last_disconnected_at"),
    endedAt: ts("ended_at"),
    /** Why the session ended: reconnect window elapsed, completed, disabled, deleted, max duration. */
    endReason: text("end_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("live_stream_sessions_stream_idx").on(t.liveStreamId, t.startedAt)],
);

export const simulcastTargets = pgTable(
  "simulcast_targets",
  {
    id: text("id").primaryKey(),
    liveStreamId: text("live_stream_id").notNull().references(() => liveStreams.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    /** rtmp(s)://host/app — the stream key is appended as the last path segment when set. */
    url: text("url").notNull(),
    streamKey: text("stream_key"),
    passthrough: text("passthrough"),
    status: text("status", { enum: ["idle", "starting", "broadcasting", "errored"] }).notNull().default("idle"),
    /** Last failure, shown next to the target; cleared when it broadcasts again. */
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("simulcast_targets_stream_idx").on(t.liveStreamId)],
);
