import type { uploads } from "@/server/db/schema";
import { buildUploadUrl } from "./build-upload-url";

type Upload = typeof uploads.$inferSelect;

/** A direct upload as the public API returns it, in Mux's shape. */
export function serializeUpload(upload: Upload) {
  return {
    id: upload.id,
    url: buildUploadUrl(upload.id),
    status: upload.status,
    timeout: upload.timeoutSeconds,
    cors_origin: upload.corsOrigin ?? undefined,
    new_asset_settings: upload.newAssetSettings,
    asset_id: upload.assetId ?? undefined,
    error: upload.error ?? undefined,
    test: upload.test || undefined,
    /** Keyframe extensions: transfer progress. */
    bytes_received: upload.bytesReceived,
    total_size: upload.totalSize ?? undefined,
  };
}
