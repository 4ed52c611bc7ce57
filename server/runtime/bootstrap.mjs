#!/usr/bin/env node
/**
 * The two commands' first stage, in plain Node so it runs before any dependency is installed:
 * installs what a fresh machine lacks (npm packages; Debian packages when root), then hands over
 * to the TypeScript entry point. `node server/runtime/bootstrap.mjs start|test`.
 * KEYFRAME_SKIP_INSTALL=1 skips the install checks (the e2e suite's nested start uses it).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const mode = process.argv[2];

/** Debian packages each mode needs, keyed by the command that proves each is present. */
const systemPackages = {
  start: { ffmpeg: "ffmpeg", ffprobe: "ffmpeg" },
  test: { ffmpeg: "ffmpeg", ffprobe: "ffmpeg", chromium: "chromium", "fc-list": "fontconfig" },
};

function log(message) {
  console.log(`[keyframe] ${message}`);
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureNodeModules() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  const lock = path.join(root, "package-lock.json");
  const stale = !fs.existsSync(marker) || fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs;
  if (!stale) return;
  // `npm install` rather than `npm ci`: npm 11.19's ci rejects its own lockfile, which leaves out
  // other platforms' optional packages (@next/swc-*, lightningcss-*). install still follows the lock.
  log("installing npm dependencies…");
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
}

function ensureSystemPackages(wanted) {
  const missing = [...new Set(Object.entries(wanted).filter(([cmd]) => !has(cmd)).map(([, pkg]) => pkg))];
  if (!missing.length) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has("apt-get")) {
    console.error(`[keyframe] missing system packages: ${missing.join(", ")}. Install them (Debian: sudo apt-get install ${missing.join(" ")}) and run again.`);
    process.exit(1);
  }
  log(`installing Debian packages: ${missing.join(", ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
}

if (!["start", "test"].includes(mode)) {
  console.error("usage: node server/runtime/bootstrap.mjs start|test");
  process.exit(2);
}
if (process.env.KEYFRAME_SKIP_INSTALL !== "1") {
  ensureNodeModules();
  ensureSystemPackages(systemPackages[mode]);
}
const entry = mode === "start" ? "server/runtime/start.ts" : "server/runtime/run-tests.ts";
const child = spawn(path.join(root, "node_modules/.bin/tsx"), [entry, ...process.argv.slice(3)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
