import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { assets, playbackIds } from "@/server/db/schema";
import { getPlaybackUrls } from "@/server/delivery/get-playback-urls";

export const searchAssetsSchema = z.object({
  /** Matches the asset id, its title (meta.title) or its passthrough, case-insensitively. */
  search: z.string().trim().max(200).optional(),
  status: z.enum(["preparing", "ready", "errored"]).optional(),
  page: z.number().int().min(1).default(1),
  limit: z.number().int().min(1).max(100).default(20),
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The console's asset list: search and status filter, newest first, numbered pages with a total, thumbnails. */
export async function searchAssets(input: { workspaceId: string } & z.input<typeof searchAssetsSchema>) {
  const q = searchAssetsSchema.parse(input);
  const where: (SQL | undefined)[] = [eq(assets.workspaceId, input.workspaceId), q.status ? eq(assets.status, q.status) : undefined];
  if (q.search) {
    const pattern = `%${escapeLike(q.search)}%`;
    where.push(or(ilike(assets.id, pattern), ilike(sql`${assets.meta}->>'title'`, pattern), ilike(assets.passthrough, pattern)));
  }
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(assets).where(and(...where)).orderBy(desc(assets.createdAt), desc(assets.id)).limit(q.limit).offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(assets).where(and(...where)),
  ]);
  const ids = rows.length ? await db.select().from(playbackIds).where(inArray(playbackIds.assetId, rows.map((a) => a.id))) : [];
  // A thumbnail needs a public playback ID; signed-only assets show a placeholder.
  const withThumbnails = rows.map((asset) => {
    const publicId = ids.find((p) => p.assetId === asset.id && p.policy === "public")?.id;
    return { ...asset, thumbnailUrl: publicId && asset.status === "ready" ? getPlaybackUrls(publicId).thumbnail : null };
  });
  return { assets: withThumbnails, total: total?.n ?? 0, page: q.page, limit: q.limit };
}
