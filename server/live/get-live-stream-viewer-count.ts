import { getLiveStreamViewerCounts } from "./get-live-stream-viewer-counts";

/**
 * Concurrent viewers of a live stream now, from Video Data: views still sending beacons (last 30 s)
 * whose live_stream_id is this stream's (ingest fills it in from the playback ID). The realtime
 * breakdown keeps the top 20 streams of the workspace; a stream below them counts 0.
 */
export async function getLiveStreamViewerCount(input: { liveStreamId: string; workspaceId: string }): Promise<number> {
  return (await getLiveStreamViewerCounts(input.workspaceId)).get(input.liveStreamId) ?? 0;
}
