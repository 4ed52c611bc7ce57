import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { staticRenditionName, staticResolutions } from "@/server/encoding/plan-static-renditions";
import { requestStaticRenditions } from "@/server/encoding/request-static-renditions";
import { getAssetOrThrow } from "./get-asset-or-throw";

export const createStaticRenditionSchema = z.object({ resolution: z.enum(staticResolutions), passthrough: z.string().max(255).optional() }).strict();

/**
 * POST …/static-renditions: one MP4 (`highest`, `1080p`…) or the M4A (`audio-only`), queued and
 * made once the asset is ready; skipped when the source cannot give it. 409 if it exists already.
 */
export async function createStaticRendition(input: { assetId: string; workspaceId: string; body: unknown }) {
  const { resolution } = createStaticRenditionSchema.parse(input.body);
  const asset = await getAssetOrThrow(input);
  const name = staticRenditionName(resolution);
  const db = await getDb();
  const where = and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4"), eq(assetRenditions.name, name));
  if (await db.query.assetRenditions.findFirst({ where })) {
    throw new AppError({ code: "conflict", message: `The asset already has the static rendition ${resolution}` });
  }
  await requestStaticRenditions({ assetId: asset.id, workspaceId: asset.workspaceId, names: [name] });
  return (await db.query.assetRenditions.findFirst({ where }))!;
}
