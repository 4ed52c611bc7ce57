import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { AppError } from "@/server/errors";

export const listAssetsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  page: z.coerce.number().int().min(1).default(1),
  /** Opaque position from a previous response's next_cursor; takes precedence over page. */
  cursor: z.string().min(1).optional(),
  upload_id: z.string().min(1).optional(),
  live_stream_id: z.string().min(1).optional(),
});

const encodeCursor = (createdAt: string, id: string) => Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value as [string, string];
  } catch {
    // fall through
  }
  throw new AppError({ code: "invalid_parameters", message: "cursor is not one this API returned" });
}

/**
 * A workspace's assets, newest first: by page (limit/page) or by cursor (keyset on created_at, id,
 * stable while assets are added). next_cursor is null on the last page.
 */
export async function listAssets(input: { workspaceId: string } & z.input<typeof listAssetsSchema>) {
  const q = listAssetsSchema.parse(input);
  const where: (SQL | undefined)[] = [eq(assets.workspaceId, input.workspaceId)];
  if (q.upload_id) where.push(eq(assets.uploadId, q.upload_id));
  if (q.live_stream_id) where.push(eq(assets.liveStreamId, q.live_stream_id));
  if (q.cursor) {
    const [createdAt, id] = decodeCursor(q.cursor);
    where.push(sql`(${assets.createdAt}, ${assets.id}) < (${createdAt}::timestamptz, ${id})`);
  }
  const db = await getDb();
  const rows = await db
    .select({ asset: assets, position: sql<string>`${assets.createdAt}::text` })
    .from(assets)
    .where(and(...where))
    .orderBy(desc(assets.createdAt), desc(assets.id))
    .limit(q.limit + 1)
    .offset(q.cursor ? 0 : (q.page - 1) * q.limit);
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  return {
    assets: pageRows.map((r) => r.asset),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.position, last.asset.id) : null,
  };
}
