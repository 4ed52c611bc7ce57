import path from "node:path";
import { dataDir, env } from "@/server/env";
import { createLocalStorage } from "./create-local-storage";
import { createS3Storage } from "./create-s3-storage";
import type { Storage } from "./storage";

let storage: Storage | null = null;

/** The configured storage: STORAGE_DRIVER=local (under DATA_DIR/storage, the default) or s3. */
export function getStorage(): Storage {
  storage ??=
    env.STORAGE_DRIVER === "s3"
      ? createS3Storage({
          bucket: env.S3_BUCKET!, // parseEnv requires it for the s3 driver
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        })
      : createLocalStorage(path.join(dataDir, "storage"));
  return storage;
}

/** Points this process at another storage (tests). */
export function useStorage(next: Storage): void {
  storage = next;
}
