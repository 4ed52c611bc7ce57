import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildEmbedPlayer } from "@/components/player/standalone/build-embed-player";
import { embedPlayerDir } from "@/components/player/standalone/embed-player-output";

const sources = ["app", "components", "server", "inngest", "public", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Runs `next build` when there is no build or a source file is newer than it, then the embed's player modules. */
export function buildIfNeeded(root: string): void {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  const playerManifest = path.join(root, embedPlayerDir, "manifest.json");
  const playerBuiltAt = fs.existsSync(playerManifest) ? fs.statSync(playerManifest).mtimeMs : 0;
  if (builtAt > changedAt && playerBuiltAt > changedAt) return;
  if (builtAt > changedAt) return void buildEmbedPlayer(root);
  console.log(`[keyframe] ${builtAt ? "sources changed: rebuilding" : "building the web app (first start)"}…`);
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  buildEmbedPlayer(root);
}
