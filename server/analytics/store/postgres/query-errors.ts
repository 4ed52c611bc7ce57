import type { DataScope } from "../analytics-store";
import { scopeSql, type Sql } from "./sql-scope";

/** Fatal error codes in the scope, most frequent first, and the scope's view count for shares. */
export async function queryErrors(sql: Sql, scope: DataScope, limit: number) {
  const where = scopeSql(sql, scope, "views");
  const [rows, [total]] = await Promise.all([
    sql`select error_code as code, max(error_message) as message, count(*)::int as count, max(last_event_at) as last_seen
        ${where} and error_code is not null group by error_code order by 3 desc, 1 limit ${limit}`,
    sql`select count(*)::int as n ${where}`,
  ]);
  return {
    rows: rows.map((r) => ({ code: r.code as string, message: (r.message as string | null) ?? null, count: Number(r.count), lastSeen: new Date(r.last_seen as string) })),
    views: Number(total?.n ?? 0),
  };
}
