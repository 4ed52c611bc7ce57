import type { DataScope } from "../analytics-store";
import { scopeSql, type Sql } from "./sql-scope";

/** Views in the scope, newest first, without their fold state. */
export async function queryViews(sql: Sql, scope: DataScope, page: { limit: number; offset: number }) {
  const where = scopeSql(sql, scope, "views");
  const [rows, [count]] = await Promise.all([
    sql`select * ${where} order by started_at desc, id limit ${page.limit} offset ${page.offset}`,
    sql`select count(*)::int as n ${where}`,
  ]);
  return { rows: rows.map(({ state: _state, ...view }) => view), total: Number(count?.n ?? 0) };
}
