/**
 * The JavaScript the /embed page ships: the prebuilt <keyframe-player> module it loads (no Next or
 * React runtime), in its two hls.js variants, read from the build output (.next/keyframe-player).
 * Prints raw, gzip and brotli bytes (the server sends the precompressed files) and fails if React
 * or console-only libraries leaked in.
 * Usage: tsx bench/measure-embed-js.ts [projectDir]  (after `npm start` has built)
 */
import fs from "node:fs";
import path from "node:path";
import { embedPlayerDir, type EmbedPlayerManifest, type EmbedPlayerVariant } from "@/components/player/standalone/embed-player-output";

const root = path.resolve(import.meta.url === `file://${process.argv[1]}` ? (process.argv[2] ?? ".") : ".");

export function measureEmbedJs(dir = path.join(root, embedPlayerDir)) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as EmbedPlayerManifest;
  const rows = (Object.entries(manifest) as [EmbedPlayerVariant, string][]).map(([variant, file]) => {
    const size = (name: string) => fs.statSync(path.join(dir, name)).size;
    return { variant, file, raw: size(file), gzip: size(`${file}.gz`), br: size(`${file}.br`), text: fs.readFileSync(path.join(dir, file), "utf8") };
  });
  // Markers of code that must not reach the embed page: React, and console-only libraries.
  const leaks = ["react.transitional.element", "httpBatchLink", "recharts", "next-auth", "QueryClientProvider"].filter((m) => rows.some((r) => r.text.includes(m)));
  return { rows: rows.map(({ text: _, ...r }) => r), leaks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measureEmbedJs();
  const kib = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} KiB`;
  for (const r of result.rows) console.log(`${r.variant.padEnd(6)} ${r.file.padEnd(42)} ${kib(r.raw)}  ${kib(r.gzip)} gz  ${kib(r.br)} br`);
  if (result.leaks.length) {
    console.error(`React or console-only code in the embed bundle: ${result.leaks.join(", ")}`);
    process.exit(1);
  }
}
