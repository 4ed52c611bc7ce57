import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { workspaces } from "./identity";

/** Mux's error object on assets and uploads. */
export type ResourceErrors = { type: string; messages: string[] };

/** Per-asset processing progress the console draws (percent per rendition). */
export type AssetProgress = {
  state: "ingesting" | "probing" | "transcoding" | "packaging" | "completed" | "errored";
  percent: number;
  renditions: Record<string, number>;
};

export type AssetMeta = { title?: string; creator_id?: string; external_id?: string };

export const assets = pgTable(
  "assets",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["preparing", "ready", "errored"] }).notNull().default("preparing"),
    errors: jsonb("errors").$type<ResourceErrors>(),
    passthrough: text("passthrough"),
    meta: jsonb("meta").$type<AssetMeta>().notNull().default({}),
    /** The create request's settings as given (inputs, playback policies, mp4_support…), Mux-shaped. */
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    videoQuality: text("video_quality", { enum: ["basic", "plus", "premium"] }).notNull().default("plus"),
    /** Storage key of the original file once ingested. */
    sourceKey: text("source_key"),
    sourceSize: bigint("source_size", { mode: "number" }),
    /** Normalised ffprobe output of the source. */
    inputInfo: jsonb("input_info").$type<Record<string, unknown>>(),
    duration: doublePrecision("duration"),
    aspectRatio: text("aspect_ratio"),
    maxWidth: integer("max_width"),
    maxHeight: integer("max_height"),
    maxFrameRate: doublePrecision("max_frame_rate"),
    hasVideo: boolean("has_video"),
    hasAudio: boolean("has_audio"),
    progress: jsonb("progress").$type<AssetProgress>().notNull().default({ state: "ingesting", percent: 0, renditions: {} }),
    uploadId: text("upload_id"),
    liveStreamId: text("live_stream_id"),
    /** For clips: the asset this one was cut from. */
    sourceAssetId: text("source_asset_id"),
    readyAt: timestamp("ready_at", { withTimezone: true, mode: "date" }),
    /** Until when master_access "temporary" serves the source (set when it is enabled on a ready asset). */
    masterAccessExpiresAt: timestamp("master_access_expires_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assets_workspace_created_idx").on(t.workspaceId, t.createdAt),
    index("assets_workspace_status_idx").on(t.workspaceId, t.status),
    index("assets_live_stream_created_idx").on(t.liveStreamId, t.createdAt),
  ],
);

/** One HLS variant (video rendition or audio-only), or a static MP4 rendition. */
export const assetRenditions = pgTable(
  "asset_renditions",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id").notNull().references(() => assets.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["hls", "mp4"] }).notNull().default("hls"),
    name: text("name").notNull(),
    status: text("status", { enum: ["queued", "processing", "ready", "errored", "skipped"] }).notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    width: integer("width"),
    height: integer("height"),
    frameRate: doublePrecision("frame_rate"),
    bitrate: integer("bitrate"),
    averageBitrate: integer("average_bitrate"),
    codecs: text("codecs"),
    /** True when the source was remuxed into this rendition without re-encoding (the fast path). */
    passthrough: boolean("passthrough").notNull().default(false),
    storageKey: text("storage_key"),
    fileSize: bigint("file_size", { mode: "number" }),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("asset_renditions_asset_kind_name_idx").on(t.assetId, t.kind, t.name)],
);

export const playbackIds = pgTable(
  "playback_ids",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    assetId: text("asset_id").references(() => assets.id, { onDelete: "cascade" }),
    liveStreamId: text("live_stream_id"),
    policy: text("policy", { enum: ["public", "signed"] }).notNull(),
    playbackRestrictionId: text("playback_restriction_id"),
    createdAt: createdAt(),
  },
  (t) => [index("playback_ids_asset_idx").on(t.assetId)],
);

export const uploads = pgTable(
  "uploads",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["waiting", "asset_created", "errored", "cancelled", "timed_out"] }).notNull().default("waiting"),
    corsOrigin: text("cors_origin"),
    newAssetSettings: jsonb("new_asset_settings").$type<Record<string, unknown>>().notNull().default({}),
    timeoutSeconds: integer("timeout_seconds").notNull().default(3600),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    test: boolean("test").notNull().default(false),
    assetId: text("asset_id"),
    error: jsonb("error").$type<ResourceErrors>(),
    /** Bytes stored so far and the total announced by the client (Content-Range or Upload-Length). */
    bytesReceived: bigint("bytes_received", { mode: "number" }).notNull().default(0),
    totalSize: bigint("total_size", { mode: "number" }),
    storageKey: text("storage_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("uploads_workspace_created_idx").on(t.workspaceId, t.createdAt)],
);

/** RS256 keys for signed playback; only the public key is kept (the private key is shown once). */
export const signingKeys = pgTable("signing_keys", {
  id: text("id").primaryKey(),
  workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
  publicKey: text("public_key").notNull(),
  createdAt: createdAt(),
});

export const playbackRestrictions = pgTable("playback_restrictions", {
  id: text("id").primaryKey(),
  workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
  referrer: jsonb("referrer").$type<{ allowed_domains: string[]; allow_no_referrer: boolean }>().notNull(),
  userAgent: jsonb("user_agent").$type<{ allow_no_user_agent: boolean; allow_high_risk_user_agent: boolean }>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
