import fsp from "node:fs/promises";
import path from "node:path";
import type { Storage, StoredObject } from "./storage";

const PARALLEL_UPLOADS = 4;

/** Uploads every file under `dir` to `prefix` + its relative path (an HLS rendition, a sprite set). */
export async function uploadDirectory(storage: Storage, dir: string, prefix: string): Promise<StoredObject[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const base = prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix;
  const uploaded: StoredObject[] = [];
  for (let i = 0; i < files.length; i += PARALLEL_UPLOADS) {
    const batch = files.slice(i, i + PARALLEL_UPLOADS);
    const keys = batch.map((file) => base + path.relative(dir, file).split(path.sep).join("/"));
    uploaded.push(...(await Promise.all(batch.map((file, j) => storage.put(keys[j]!, { file })))));
  }
  return uploaded.sort((a, b) => (a.key < b.key ? -1 : 1));
}
