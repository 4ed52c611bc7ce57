import { notFound } from "@/server/errors";
import { getAnalyticsStore } from "../store/get-analytics-store";
import { serializeVideoView } from "./serialize-video-view";

/** GET /data/v1/video-views/{id}: one view of the workspace with its events in order; 404 otherwise. */
export async function getVideoViewOrThrow(input: { workspaceId: string; viewId: string }) {
  const found = await (await getAnalyticsStore()).getView(input.workspaceId, input.viewId);
  if (!found) throw notFound("Video view");
  return {
    data: {
      ...serializeVideoView(found.view),
      events: found.events.map((e) => ({
        seq: Number(e.seq),
        name: e.type as string,
        viewer_time: new Date(e.event_at as string).getTime(),
        event_time: new Date(e.received_at as string).getTime(),
        playback_time: e.playhead_ms === null ? null : Number(e.playhead_ms),
        bitrate: (e.bitrate as number | null) ?? null,
        rendition_width: (e.rendition_width as number | null) ?? null,
        rendition_height: (e.rendition_height as number | null) ?? null,
        error_code: (e.error_code as string | null) ?? null,
        error_message: (e.error_message as string | null) ?? null,
        dimensions: (e.dimensions as Record<string, unknown> | null) ?? null,
      })),
    },
  };
}
