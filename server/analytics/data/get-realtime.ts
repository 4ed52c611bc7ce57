import { AppError } from "@/server/errors";
import { isDimensionKey } from "../dimensions";
import { getAnalyticsStore } from "../store/get-analytics-store";

/** GET /data/v1/realtime/*: concurrent viewers now, the last 10 minutes, optionally by a dimension. */
export async function getRealtime(input: { workspaceId: string; dimension?: string | null }) {
  if (input.dimension && !isDimensionKey(input.dimension)) {
    throw new AppError({ code: "invalid_parameters", message: `dimension "${input.dimension}" is not a dimension (see /data/v1/dimensions)` });
  }
  const dimension = input.dimension && isDimensionKey(input.dimension) ? input.dimension : undefined;
  const r = await (await getAnalyticsStore()).realtime(input.workspaceId, dimension);
  return {
    data: {
      concurrent_viewers: r.concurrent,
      timeseries: r.points.map((p) => ({ date: p.at.toISOString(), concurrent_viewers: p.viewers })),
      breakdown: r.breakdown.map((b) => ({ value: b.value, concurrent_viewers: b.viewers })),
      dimension: dimension ?? null,
    },
  };
}
