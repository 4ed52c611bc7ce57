/**
 * The JavaScript the /embed page ships, read from the Next build output (.next): the root main
 * files every App Router page loads plus the client chunks of the root layout and the embed page.
 * Prints raw and gzip bytes per file and in total, and fails if console-only libraries leaked in.
 * Usage: tsx bench/measure-embed-js.ts [projectDir]  (after `next build`)
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.url === `file://${process.argv[1]}` ? (process.argv[2] ?? ".") : ".");
const next = path.join(root, ".next");
const pageDir = path.join(next, "server/app/embed/[playbackId]");

export function measureEmbedJs(dir = next) {
  const build = JSON.parse(fs.readFileSync(path.join(pageDir, "page/build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sandbox: { self?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.self = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(pageDir, "page_client-reference-manifest.js"), "utf8"), sandbox);
  const entries = sandbox.__RSC_MANIFEST!["/embed/[playbackId]/page"]!.entryJSFiles;
  const files = [...new Set([...build.rootMainFiles, ...(entries["[project]/app/layout"] ?? []), ...(entries["[project]/app/embed/[playbackId]/page"] ?? [])])];
  const rows = files.map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString("utf8") };
  });
  // Markers of console-only code that must not reach the embed page.
  const leaks = ["httpBatchLink", "recharts", "next-auth", "QueryClientProvider"].filter((m) => rows.some((r) => r.text.includes(m)));
  return { rows: rows.map(({ text: _, ...r }) => r), raw: rows.reduce((a, r) => a + r.raw, 0), gzip: rows.reduce((a, r) => a + r.gzip, 0), leaks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measureEmbedJs();
  for (const r of result.rows) console.log(`${r.file.padEnd(44)} ${(r.raw / 1024).toFixed(1).padStart(7)} KiB  ${(r.gzip / 1024).toFixed(1).padStart(6)} KiB gz`);
  console.log(`${"total".padEnd(44)} ${(result.raw / 1024).toFixed(1).padStart(7)} KiB  ${(result.gzip / 1024).toFixed(1).padStart(6)} KiB gz`);
  if (result.leaks.length) {
    console.error(`console-only code in the embed bundle: ${result.leaks.join(", ")}`);
    process.exit(1);
  }
}
