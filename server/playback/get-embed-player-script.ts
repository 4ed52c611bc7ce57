import fs from "node:fs";
import path from "node:path";
import { embedPlayerDir, type EmbedPlayerManifest, type EmbedPlayerVariant } from "@/components/player/standalone/embed-player-output";

let manifest: EmbedPlayerManifest | null = null;

const accepts = (acceptEncoding: string, name: string) => new RegExp(`(^|[\\s,])${name}(?!\\s*;\\s*q=0(\\.0*)?\\s*(,|$))`, "i").test(acceptEncoding);

/**
 * The URL of the embed's player module for an hls.js variant, in the encoding the page's own
 * request accepted: `.js.br`, `.js.gz` (compressed at build, sent with Content-Encoding by
 * next.config's headers, since route handlers cannot set it) or `.js`. The manifest is read once:
 * builds happen before start.
 */
export function getEmbedPlayerScript(variant: EmbedPlayerVariant, acceptEncoding: string | null): string {
  if (!manifest) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), embedPlayerDir, "manifest.json");
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: \`npm start\` builds the embed player after \`next build\``);
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as EmbedPlayerManifest;
  }
  const suffix = accepts(acceptEncoding ?? "", "br") ? ".br" : accepts(acceptEncoding ?? "", "gzip") ? ".gz" : "";
  return `/embed/player/${manifest[variant]}${suffix}`;
}
