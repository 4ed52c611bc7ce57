import fsp from "node:fs/promises";
import { uploadStagingFile } from "./upload-staging-file";

/** Drops an upload's partial bytes (cancelled, timed out, or copied to storage). */
export async function removeUploadStaging(uploadId: string): Promise<void> {
  await fsp.rm(uploadStagingFile(uploadId), { force: true });
}
