import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { embedPlayerDir, type EmbedPlayerManifest, type EmbedPlayerVariant } from "./embed-player-output";

const aliases: Record<EmbedPlayerVariant, Record<string, string>> = { light: { "hls.js": "hls.js/dist/hls.light.mjs" }, full: {} };

/**
 * Builds the /embed page's <keyframe-player> module twice (light and full hls.js) into
 * `.next/keyframe-player/`: content-hashed names, with .br and .gz written next to each so the
 * server sends them compressed without compressing per request. Runs after `next build`.
 */
export function buildEmbedPlayer(root: string, outDir = path.join(root, embedPlayerDir)): EmbedPlayerManifest {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = {} as EmbedPlayerManifest;
  for (const variant of ["light", "full"] as const) {
    const { outputFiles } = buildSync({
      absWorkingDir: root,
      entryPoints: [path.join(root, "components/player/standalone/embed-player-entry.ts")],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      // Next's default browser targets.
      target: ["chrome111", "edge111", "firefox111", "safari16.4"],
      minify: true,
      alias: aliases[variant],
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const code = Buffer.from(outputFiles[0]!.contents);
    const name = `keyframe-player-${variant}-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
    fs.writeFileSync(path.join(outDir, name), code);
    fs.writeFileSync(path.join(outDir, `${name}.gz`), gzipSync(code, { level: 9 }));
    fs.writeFileSync(path.join(outDir, `${name}.br`), brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }));
    manifest[variant] = name;
  }
  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest));
  return manifest;
}
