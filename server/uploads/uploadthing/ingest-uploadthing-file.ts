import { createAsset } from "@/server/assets/create-asset";
import type { AssetSettings } from "@/server/assets/schemas";
import { AppError } from "@/server/errors";
import { getUploadthingAdapter } from "./get-uploadthing-adapter";

/** A file the browser finished sending to uploadthing becomes an asset ingested from its URL. */
export async function ingestUploadthingFile(input: { workspaceId: string; fileUrl: string; settings?: Omit<AssetSettings, "input"> }) {
  if (!getUploadthingAdapter()) throw new AppError({ code: "invalid_parameters", message: "uploadthing is not configured (set UPLOADTHING_TOKEN)" });
  return createAsset({ workspaceId: input.workspaceId, settings: { ...input.settings, input: input.fileUrl } });
}
