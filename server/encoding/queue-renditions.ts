import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import type { LadderRung } from "./choose-ladder";

/** Creates the rows of renditions about to be encoded (status processing, 0%), so the console lists them. */
export async function queueRenditions(input: { assetId: string; workspaceId: string; rungs: LadderRung[]; frameRate: number | null }): Promise<void> {
  const { assetId, workspaceId } = input;
  for (const r of input.rungs) {
    await upsertRendition({ assetId, workspaceId, kind: "hls", name: r.name, fields: { status: "processing", progress: 0, width: r.width, height: r.height, frameRate: input.frameRate } });
  }
  await updateAssetProgress({ assetId, workspaceId, state: "transcoding", renditions: Object.fromEntries(input.rungs.map((r) => [r.name, 0])) });
}
