import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import type { MediaInfo } from "@/server/media/ffmpeg/media-info";

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/** Stores what the probe found about an asset's input: the console's input info and Mux's track fields. */
export async function recordAssetInput(input: { assetId: string; workspaceId: string; info: MediaInfo; sourceSize?: number }): Promise<void> {
  const video = input.info.video[0];
  const divisor = video ? gcd(video.displayWidth, video.displayHeight) || 1 : 1;
  const db = await getDb();
  await db
    .update(assets)
    .set({
      inputInfo: input.info as unknown as Record<string, unknown>,
      duration: input.info.durationSeconds,
      hasVideo: Boolean(video),
      hasAudio: input.info.audio.length > 0,
      maxWidth: video?.displayWidth ?? null,
      maxHeight: video?.displayHeight ?? null,
      maxFrameRate: video?.fps ?? null,
      aspectRatio: video ? `${video.displayWidth / divisor}:${video.displayHeight / divisor}` : null,
      ...(input.sourceSize === undefined ? {} : { sourceSize: input.sourceSize }),
    })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId)));
}
