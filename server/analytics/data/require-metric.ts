import { AppError } from "@/server/errors";
import { isMetricId, metricIds, type MetricId } from "../metrics";

/** A metric id from a path or input; an unknown one is a 400 listing the known ones. */
export function requireMetric(metric: string): MetricId {
  if (isMetricId(metric)) return metric;
  throw new AppError({ code: "invalid_parameters", message: `Unknown metric "${metric}"; one of: ${metricIds.join(", ")}` });
}
