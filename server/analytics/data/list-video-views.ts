import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { resolveDataQuery } from "./resolve-data-query";
import { serializeVideoView } from "./serialize-video-view";

/** GET /data/v1/video-views: views in the timeframe matching the filters, newest first, paged. */
export async function listVideoViews(input: { workspaceId: string; query: DataQueryInput | Record<string, unknown> }) {
  const { query, scope } = resolveDataQuery(input.query, input.workspaceId);
  const { rows, total } = await (await getAnalyticsStore()).listViews(scope, { limit: query.limit, offset: (query.page - 1) * query.limit });
  return { data: rows.map(serializeVideoView), timeframe: dataTimeframe(scope), total_row_count: total };
}
