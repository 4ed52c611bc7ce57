import path from "node:path";
import { dataDir } from "@/server/env";

/**
 * Where an unfinished upload's bytes accumulate: one local file under DATA_DIR, appended chunk by
 * chunk (its size is the upload's offset), then copied to storage once complete. With several web
 * processes, an upload's requests must reach the same one (or share DATA_DIR).
 */
export function uploadStagingFile(uploadId: string): string {
  if (!/^[\w-]+$/.test(uploadId)) throw new Error(`bad upload id ${uploadId}`);
  return path.join(dataDir, "uploads-staging", `${uploadId}.part`);
}
