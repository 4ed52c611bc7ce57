import { AppError } from "@/server/errors";
import { isDimensionKey, viewDimensions, type DimensionKey } from "../dimensions";
import type { DataFilter, DataScope } from "../store/analytics-store";
import { dataQuerySchema, type DataQueryInput } from "./data-query-schema";

const units: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };
const bad = (message: string) => new AppError({ code: "invalid_parameters", message });

function parseTimeframe(timeframe: string[], now: number): { from: Date; to: Date } {
  if (timeframe.length === 1) {
    const m = /^(\d{1,5}):([a-z]+)$/.exec(timeframe[0]!);
    const unit = m ? units[m[2]!] : undefined;
    if (!m || !unit) throw bad(`timeframe[] "${timeframe[0]}" is neither a relative range like 24:hours nor two unix timestamps`);
    const span = Number(m[1]) * unit;
    if (span <= 0 || span > 366 * 86_400_000) throw bad("timeframe[] must span between 1 minute and 366 days");
    return { from: new Date(now - span), to: new Date(now) };
  }
  const [a, b] = timeframe.map(Number);
  if (!Number.isInteger(a) || !Number.isInteger(b) || a! >= b!) throw bad("timeframe[] needs two increasing unix timestamps (seconds)");
  return { from: new Date(a! * 1000), to: new Date(b! * 1000) };
}

function parseFilter(raw: string): DataFilter {
  const exclude = raw.startsWith("!");
  const body = exclude ? raw.slice(1) : raw;
  const at = body.indexOf(":");
  const key = at > 0 ? body.slice(0, at) : "";
  if (!isDimensionKey(key)) throw bad(`filters[] "${raw}": "${key || body}" is not a dimension (see /data/v1/dimensions)`);
  const dim = viewDimensions.find((d) => d.key === key)!;
  const value = body.slice(at + 1);
  if (dim.kind === "flag" && value !== "true" && value !== "false") throw bad(`filters[] "${raw}": ${key} is true or false`);
  return { key: key as DimensionKey, value, exclude };
}

/** A tenant-scoped, validated query: the workspace, [from, to) and the dimension filters. */
export function resolveDataQuery(input: DataQueryInput | Record<string, unknown>, workspaceId: string, now = Date.now()) {
  const query = dataQuerySchema.parse(input);
  const scope: DataScope = { workspaceId, ...parseTimeframe(query.timeframe, now), filters: query.filters.map(parseFilter) };
  if (query.group_by !== undefined && !isDimensionKey(query.group_by)) throw bad(`group_by "${query.group_by}" is not a dimension (see /data/v1/dimensions)`);
  return { query, scope, groupBy: query.group_by as DimensionKey | undefined };
}
