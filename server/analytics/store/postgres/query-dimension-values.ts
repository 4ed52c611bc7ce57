import type { DimensionKey } from "../../dimensions";
import type { DataScope } from "../analytics-store";
import { chooseSource, dimensionSql, scopeSql, type Sql } from "./sql-scope";

/** The values a dimension takes in the scope, with view counts, most common first. */
export async function queryDimensionValues(sql: Sql, scope: DataScope, key: DimensionKey, limit: number) {
  const source = chooseSource(scope, [{ metric: "views" }], key);
  const count = source === "rollup" ? "sum(views)" : "count(*)";
  const rows = await sql`
    select ${dimensionSql(sql, key)} as value, ${sql.unsafe(count)}::int as count
    ${scopeSql(sql, scope, source)}
    group by 1 order by 2 desc, 1 limit ${limit}`;
  return rows.map((r) => ({ value: (r.value as string | null) ?? null, count: Number(r.count) }));
}
