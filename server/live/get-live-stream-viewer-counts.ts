import { getAnalyticsStore } from "@/server/analytics/store/get-analytics-store";

/** Concurrent viewers per live stream of a workspace now (see getLiveStreamViewerCount), for lists. */
export async function getLiveStreamViewerCounts(workspaceId: string): Promise<Map<string, number>> {
  const store = await getAnalyticsStore();
  const { breakdown } = await store.realtime(workspaceId, "live_stream_id");
  return new Map(breakdown.flatMap((b) => (b.value ? [[b.value, b.viewers] as [string, number]] : [])));
}
