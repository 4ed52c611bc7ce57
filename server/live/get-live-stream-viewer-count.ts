import { getAnalyticsStore } from "@/server/analytics/store/get-analytics-store";

/**
 * Concurrent viewers of a live stream now, from Video Data: views still sending beacons (last 30 s)
 * whose live_stream_id is this stream's (ingest fills it in from the playback ID). The realtime
 * breakdown keeps the top 20 streams of the workspace; a stream below them counts 0.
 */
export async function getLiveStreamViewerCount(input: { liveStreamId: string; workspaceId: string }): Promise<number> {
  const store = await getAnalyticsStore();
  const { breakdown } = await store.realtime(input.workspaceId, "live_stream_id");
  return breakdown.find((b) => b.value === input.liveStreamId)?.viewers ?? 0;
}
