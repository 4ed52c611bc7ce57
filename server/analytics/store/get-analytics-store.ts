import { getDb } from "@/server/db/client";
import type { AnalyticsStore } from "./analytics-store";
import { createPostgresAnalyticsStore } from "./postgres/create-postgres-analytics-store";

/** The Video Data read store of this process (PostgreSQL; see docs/analytics.md for ClickHouse). */
export async function getAnalyticsStore(): Promise<AnalyticsStore> {
  return createPostgresAnalyticsStore((await getDb()).$client);
}
