import { AppError } from "@/server/errors";
import { isDimensionKey } from "../dimensions";
import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { resolveDataQuery } from "./resolve-data-query";

/** GET /data/v1/dimensions/{dimension}: its values in the timeframe with view counts. */
export async function listDimensionValues(input: { workspaceId: string; dimension: string; query: DataQueryInput | Record<string, unknown> }) {
  if (!isDimensionKey(input.dimension)) throw new AppError({ code: "not_found", message: `Dimension "${input.dimension}" not found` });
  const { query, scope } = resolveDataQuery(input.query, input.workspaceId);
  const values = await (await getAnalyticsStore()).dimensionValues(scope, input.dimension, query.limit);
  return { data: values.map((v) => ({ value: v.value, total_count: v.count })), timeframe: dataTimeframe(scope), total_row_count: values.length };
}
