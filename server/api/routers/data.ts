import { z } from "zod";
import { compareMetrics } from "@/server/analytics/data/compare-metrics";
import { dataQuerySchema } from "@/server/analytics/data/data-query-schema";
import { getMetricBreakdown } from "@/server/analytics/data/get-metric-breakdown";
import { getMetricTimeseries } from "@/server/analytics/data/get-metric-timeseries";
import { getRealtime } from "@/server/analytics/data/get-realtime";
import { getVideoViewOrThrow } from "@/server/analytics/data/get-video-view-or-throw";
import { listDimensionValues } from "@/server/analytics/data/list-dimension-values";
import { listDimensions } from "@/server/analytics/data/list-dimensions";
import { listErrors } from "@/server/analytics/data/list-errors";
import { listVideoViews } from "@/server/analytics/data/list-video-views";
import { router, workspaceProcedure } from "../trpc";

// The REST query parameters are the tRPC input, so the console and the Data API cannot drift.
const query = dataQuerySchema.partial();
const metricQuery = query.extend({ metric: z.string().min(1).max(64) });

/** The console's Data page: the same functions as /data/v1, workspace-checked by the procedure. */
export const dataRouter = router({
  comparison: workspaceProcedure.input(query).query(({ input: { workspaceId, ...q } }) => compareMetrics({ workspaceId, query: q })),
  timeseries: workspaceProcedure.input(metricQuery).query(({ input: { workspaceId, metric, ...q } }) => getMetricTimeseries({ workspaceId, metric, query: q })),
  breakdown: workspaceProcedure.input(metricQuery).query(({ input: { workspaceId, metric, ...q } }) => getMetricBreakdown({ workspaceId, metric, query: q })),
  dimensions: workspaceProcedure.query(() => listDimensions()),
  dimensionValues: workspaceProcedure
    .input(query.extend({ dimension: z.string().min(1).max(64) }))
    .query(({ input: { workspaceId, dimension, ...q } }) => listDimensionValues({ workspaceId, dimension, query: q })),
  views: workspaceProcedure.input(query).query(({ input: { workspaceId, ...q } }) => listVideoViews({ workspaceId, query: q })),
  view: workspaceProcedure.input(z.object({ viewId: z.string().min(1).max(64) })).query(({ input }) => getVideoViewOrThrow(input)),
  errors: workspaceProcedure.input(query).query(({ input: { workspaceId, ...q } }) => listErrors({ workspaceId, query: q })),
  realtime: workspaceProcedure.input(z.object({ dimension: z.string().max(64).optional() })).query(({ input }) => getRealtime(input)),
});
