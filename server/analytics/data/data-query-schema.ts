import { z } from "zod";
import { measurements } from "../metrics";

/**
 * The query parameters every Data API read shares (Mux's): `timeframe[]` ("24:hours" or two unix
 * timestamps), `filters[]` ("dim:value", "!dim:value" excludes), `measurement`, `group_by`, paging.
 * The REST routes parse it from the query string, the tRPC data router takes it as its input.
 */
export const dataQuerySchema = z.object({
  timeframe: z.array(z.string().max(32)).max(2).default(["24:hours"]),
  filters: z.array(z.string().max(300)).max(30).default([]),
  measurement: z.enum(measurements).optional(),
  group_by: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(25),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  order_by: z.string().max(64).optional(),
  order_direction: z.enum(["asc", "desc"]).optional(),
});

export type DataQueryInput = z.input<typeof dataQuerySchema>;
export type DataQuery = z.output<typeof dataQuerySchema>;

/** The schema's input from a URL: `timeframe[]=…&timeframe[]=…` (or without brackets), scalars as given. */
export function readDataQueryParams(url: string): Record<string, unknown> {
  const params = new URL(url).searchParams;
  const list = (name: string) => [...params.getAll(`${name}[]`), ...params.getAll(name)];
  const out: Record<string, unknown> = {};
  for (const [key, value] of params) if (!key.endsWith("[]") && key !== "timeframe" && key !== "filters") out[key] = value;
  if (list("timeframe").length) out.timeframe = list("timeframe");
  out.filters = list("filters");
  return out;
}
