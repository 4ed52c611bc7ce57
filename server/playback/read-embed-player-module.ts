import fs from "node:fs";
import path from "node:path";
import { embedPlayerDir } from "@/components/player/standalone/embed-player-output";

const fileName = /^keyframe-player-(light|full)-[0-9a-f]{12}\.js(\.br|\.gz)?$/;
const cache = new Map<string, Buffer | null>();

/**
 * A built player module file (`.js`, or its build-time `.js.br` / `.js.gz`), or null for a name
 * the build did not write. Kept in memory after the first read.
 */
export function readEmbedPlayerModule(file: string): Buffer | null {
  if (!fileName.test(file)) return null;
  if (!cache.has(file)) {
    const full = path.join(/*turbopackIgnore: true*/ process.cwd(), embedPlayerDir, file);
    cache.set(file, fs.existsSync(full) ? fs.readFileSync(full) : null);
  }
  return cache.get(file)!;
}
