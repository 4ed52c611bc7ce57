import { createPlaybackIdSchema } from "@/server/playback/schemas";
import { createLiveStreamSchema, createSimulcastTargetSchema, listLiveStreamsSchema, updateLiveStreamSchema } from "@/server/live/schemas";
import type { ApiOperation } from "../api-operation";
import { examples } from "../examples";

const simulcastTargetExample = { id: "st7Vb2Qx", url: "rtmp://live.example.com/app", stream_key: "abc-123", passthrough: "youtube", status: "idle" };
const liveStreamExample = {
  id: "ls4Wq8ZrT1mBx",
  created_at: "1767225600",
  stream_key: "k9Xw2pLm4Qz7Rt1Vb8Nc3Hd6Jf5Gs0Ya2Eu4Io7P",
  status: "idle",
  playback_ids: [{ id: "Qh3XzVb7dN1cTy", policy: "public" }],
  new_asset_settings: { playback_policies: ["public"] },
  reconnect_window: 60,
  latency_mode: "low",
  max_continuous_duration: 43200,
  recent_asset_ids: ["a8Jk2LmQpR5tVw"],
  simulcast_targets: [simulcastTargetExample],
  passthrough: "channel-7",
  ingest: {
    rtmp_url: "rtmp://keyframe.example.com:1935/live",
    srt_url: "srt://keyframe.example.com:6001?streamid=k9Xw2pLm4Qz7Rt1Vb8Nc3Hd6Jf5Gs0Ya2Eu4Io7P",
  },
  health: null,
  viewer_count: 0,
};
const liveStream = { description: "The live stream.", example: liveStreamExample } as const;
const simulcastTarget = { description: "The simulcast target.", example: simulcastTargetExample } as const;
const empty = { description: "Done (an empty object, as Mux answers).", example: {} } as const;
const base = "/video/v1/live-streams";

/** /video/v1/live-streams/** */
export const liveStreamOperations = [
  {
    id: "createLiveStream", method: "POST", path: base, tag: "Live streams", permission: "videoWrite",
    summary: "Create a live stream: a stream key for RTMP(S)/SRT publishers, playback IDs, latency mode and how broadcasts are recorded.",
    body: createLiveStreamSchema, success: { status: 201, ...liveStream },
  },
  {
    id: "listLiveStreams", method: "GET", path: base, tag: "Live streams", permission: "videoRead",
    summary: "List live streams, newest first (limit/page; status or stream_key filter).", query: listLiveStreamsSchema,
    success: { status: 200, description: "A page of live streams.", example: [liveStreamExample] },
  },
  {
    id: "getLiveStream", method: "GET", path: `${base}/{liveStreamId}`, tag: "Live streams", permission: "videoRead",
    summary: "Retrieve a live stream, with its ingest URLs, the connected feed's health and concurrent viewers (viewer_count).", success: { status: 200, ...liveStream },
  },
  {
    id: "updateLiveStream", method: "PATCH", path: `${base}/{liveStreamId}`, tag: "Live streams", permission: "videoWrite",
    summary: "Change reconnect_window, passthrough or recording settings; latency_mode and max_continuous_duration only while not active.",
    body: updateLiveStreamSchema, errors: ["conflict"], success: { status: 200, ...liveStream },
  },
  {
    id: "deleteLiveStream", method: "DELETE", path: `${base}/{liveStreamId}`, tag: "Live streams", permission: "videoWrite",
    summary: "Delete a live stream; a connected publisher is disconnected.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "resetLiveStreamKey", method: "POST", path: `${base}/{liveStreamId}/reset-stream-key`, tag: "Live streams", permission: "videoWrite",
    summary: "Replace the stream key; the old key is refused from now on.", success: { status: 201, ...liveStream },
  },
  {
    id: "enableLiveStream", method: "PUT", path: `${base}/{liveStreamId}/enable`, tag: "Live streams", permission: "videoWrite",
    summary: "Accept the stream key again after disable.", success: { status: 200, ...empty },
  },
  {
    id: "disableLiveStream", method: "PUT", path: `${base}/{liveStreamId}/disable`, tag: "Live streams", permission: "videoWrite",
    summary: "Refuse the stream key; a broadcast in progress ends and its publisher is disconnected.", success: { status: 200, ...empty },
  },
  {
    id: "completeLiveStream", method: "PUT", path: `${base}/{liveStreamId}/complete`, tag: "Live streams", permission: "videoWrite",
    summary: "End the broadcast now instead of after the reconnect window; the recording becomes an on-demand asset.", success: { status: 200, ...empty },
  },
  {
    id: "createLiveStreamPlaybackId", method: "POST", path: `${base}/{liveStreamId}/playback-ids`, tag: "Live streams", permission: "videoWrite",
    summary: "Add a public or signed playback ID.", body: createPlaybackIdSchema, success: { status: 201, description: "The playback ID.", example: examples.playbackId },
  },
  {
    id: "getLiveStreamPlaybackId", method: "GET", path: `${base}/{liveStreamId}/playback-ids/{playbackId}`, tag: "Live streams", permission: "videoRead",
    summary: "Retrieve one of the live stream's playback IDs.", success: { status: 200, description: "The playback ID.", example: examples.playbackId },
  },
  {
    id: "deleteLiveStreamPlaybackId", method: "DELETE", path: `${base}/{liveStreamId}/playback-ids/{playbackId}`, tag: "Live streams", permission: "videoWrite",
    summary: "Stop playback through this ID.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "createLiveStreamSimulcastTarget", method: "POST", path: `${base}/{liveStreamId}/simulcast-targets`, tag: "Live streams", permission: "videoWrite",
    summary: "Push the broadcast to another RTMP(S)/SRT service while the stream is active; only while not active.",
    body: createSimulcastTargetSchema, success: { status: 201, ...simulcastTarget },
  },
  {
    id: "listLiveStreamSimulcastTargets", method: "GET", path: `${base}/{liveStreamId}/simulcast-targets`, tag: "Live streams", permission: "videoRead",
    summary: "The live stream's simulcast targets and their status.", success: { status: 200, description: "Simulcast targets.", example: [simulcastTargetExample] },
  },
  {
    id: "getLiveStreamSimulcastTarget", method: "GET", path: `${base}/{liveStreamId}/simulcast-targets/{simulcastTargetId}`, tag: "Live streams", permission: "videoRead",
    summary: "Retrieve a simulcast target and its status (idle, starting, broadcasting, errored).", success: { status: 200, ...simulcastTarget },
  },
  {
    id: "deleteLiveStreamSimulcastTarget", method: "DELETE", path: `${base}/{liveStreamId}/simulcast-targets/{simulcastTargetId}`, tag: "Live streams", permission: "videoWrite",
    summary: "Remove a simulcast target; only while the stream is not active.", errors: ["conflict"], success: { status: 204, description: "Deleted." },
  },
] as const satisfies readonly ApiOperation[];
