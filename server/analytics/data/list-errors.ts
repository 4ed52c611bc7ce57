import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { resolveDataQuery } from "./resolve-data-query";

/** GET /data/v1/errors: fatal error codes by frequency, with their share of all views (0..1). */
export async function listErrors(input: { workspaceId: string; query: DataQueryInput | Record<string, unknown> }) {
  const { query, scope } = resolveDataQuery(input.query, input.workspaceId);
  const { rows, views } = await (await getAnalyticsStore()).errors(scope, query.limit);
  return {
    data: rows.map((r, i) => ({
      id: i + 1,
      code: r.code,
      message: r.message,
      count: r.count,
      percentage: views ? r.count / views : 0,
      last_seen: r.lastSeen.toISOString(),
      notes: null,
      description: null,
    })),
    timeframe: dataTimeframe(scope),
    total_row_count: rows.length,
  };
}
