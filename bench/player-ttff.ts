/**
 * `npm run bench:player`: time to first frame of the /embed page on loopback, in Debian's Chromium,
 * against a bare hls.js page playing the same stream in the same run. Starts the platform as
 * `npm start` does (own port and data dir), seeds one ready asset through the real pipeline, then
 * alternates embed / bare runs, each in a fresh browser context (cold HTTP cache, warm server).
 * TTFF = navigation start → first presented video frame (requestVideoFrameCallback); `playing` is
 * reported too. Also prints the player modules from the build output and the last embed run's
 * requests before its first frame (resource timing). BENCH_RUNS (default 15).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { measureEmbedJs } from "./measure-embed-js";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const port = Number(process.env.BENCH_PORT ?? 3710);
const barePort = port + 5;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "keyframe-bench-player-"));
const admin = { KEYFRAME_ADMIN_EMAIL: "bench@keyframe.test", KEYFRAME_ADMIN_PASSWORD: "bench-password-123" };
const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, WORKFLOW_PORT: String(port + 1), KEYFRAME_SKIP_INSTALL: "1", ...admin };

console.log(`starting the platform on :${port} (builds first if sources changed)…`);
const platform = spawn("node", ["server/runtime/bootstrap.mjs", "start"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
const stop = () => {
  try {
    process.kill(-platform.pid!, "SIGTERM");
  } catch {}
};
process.on("exit", stop);
for (let i = 0; ; i++) {
  if (await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false)) break;
  if (i > 600) throw new Error("platform did not start");
  await new Promise((r) => setTimeout(r, 1000));
}

const tsx = (args: string[]) => execFileSync("npx", ["tsx", ...args], { env, encoding: "utf8", timeout: 300_000 }).trim().split("\n").at(-1)!;
const [workspace] = JSON.parse(tsx(["server/cli/main.ts", "workspace", "list", "--json"])) as { id: string }[];
console.log("seeding a ready asset (10 s, 3-rung ladder up to 640x360)…");
const seeded = JSON.parse(tsx(["e2e/assets/seed-playable-asset.ts", workspace!.id, "public", "TTFF bench"])) as { playbackIds: { id: string }[] };
const playbackId = seeded.playbackIds[0]!.id;
const stream = `http://localhost:${port}/stream/${playbackId}.m3u8`;

// The reference: hls.js alone, served from loopback like the embed page.
const hlsJs = fs.readFileSync("node_modules/hls.js/dist/hls.min.js");
const bare = `<!doctype html><html><body style="margin:0;background:#000"><video id="v" muted autoplay playsinline style="width:100vw;height:100vh"></video><script src="/hls.min.js"></script><script>var v=document.getElementById("v"),h=new Hls();h.loadSource(${JSON.stringify(stream)});h.attachMedia(v);v.play().catch(function(){});</script></body></html>`;
const server = http.createServer((req, res) => {
  if (req.url === "/hls.min.js") res.writeHead(200, { "content-type": "text/javascript" }).end(hlsJs);
  else res.writeHead(200, { "content-type": "text/html" }).end(bare);
});
await new Promise<void>((r) => server.listen(barePort, r));

// Finds the <video> (in the player's shadow root or the page) and stamps its first frame and `playing`.
const probe = `(() => { const find = () => document.querySelector("keyframe-player")?.shadowRoot?.querySelector("video") ?? document.querySelector("video");
  const tick = () => { const v = find(); if (!v) return requestAnimationFrame(tick);
    v.addEventListener("playing", () => { window.__kfPlaying ??= performance.now(); }, { once: true });
    v.requestVideoFrameCallback((now) => { window.__kfFrame = now; }); };
  requestAnimationFrame(tick); })()`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required", "--disable-background-networking", "--disable-component-update"] });
const variants = { embed: `http://localhost:${port}/embed/${playbackId}?autoplay=1&muted=1`, bare: `http://localhost:${barePort}/bare.html` };
type Sample = { frame: number; playing: number };
const samples: Record<keyof typeof variants, Sample[]> = { embed: [], bare: [] };
type Entry = { name: string; initiator: string; start: number; end: number };
/** The last embed run's requests up to its first frame (resource timing): a reused preload has one "link" entry, no "fetch". */
let timeline: Entry[] = [];

async function measure(url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => (window as { __kfFrame?: number }).__kfFrame !== undefined && (window as { __kfPlaying?: number }).__kfPlaying !== undefined, null, { timeout: 20_000 });
  const sample = await page.evaluate(() => ({ frame: (window as unknown as { __kfFrame: number }).__kfFrame, playing: (window as unknown as { __kfPlaying: number }).__kfPlaying }));
  if (url === variants.embed) {
    timeline = await page.evaluate((frame) => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const entries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.startTime < frame);
      return [{ name: "HTML", initiator: "navigation", start: nav.requestStart, end: nav.responseEnd }, ...entries.map((e) => ({ name: e.name, initiator: e.initiatorType, start: e.startTime, end: e.responseEnd }))];
    }, sample.frame);
  }
  await context.close();
  return sample;
}

const embedHtml = await fetch(variants.embed).then((r) => r.text());
console.log(`warming up, then ${RUNS} runs of each…`);
await measure(variants.embed); // first poster render, first compile of server code paths
await measure(variants.bare);
for (let i = 0; i < RUNS; i++) {
  for (const name of (i % 2 ? ["bare", "embed"] : ["embed", "bare"]) as (keyof typeof variants)[]) samples[name].push(await measure(variants[name]));
}
await browser.close();
server.close();
stop();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const row = (name: string, xs: Sample[]) => {
  const f = xs.map((x) => x.frame);
  const p = xs.map((x) => x.playing);
  return `| ${name} | ${pct(f, 50).toFixed(0)} ms | ${pct(f, 95).toFixed(0)} ms | ${pct(p, 50).toFixed(0)} ms | ${pct(p, 95).toFixed(0)} ms | ${xs.length} |`;
};
const js = measureEmbedJs();
const loaded = /<script type="module" src="[^"]*\/([^"/]+?\.js)(\.br|\.gz)?"/.exec(embedHtml)?.[1];
console.log(`\n| page | first frame median | first frame p95 | playing median | playing p95 | runs |\n|---|---|---|---|---|---|`);
console.log(row("/embed (Keyframe player, web component)", samples.embed));
console.log(row("bare hls.js page (reference)", samples.bare));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log("");
for (const r of js.rows) console.log(`embed player module, ${r.variant} hls.js${r.file === loaded ? " (this page's)" : ""}: ${kib(r.raw)} raw, ${kib(r.gzip)} gzip, ${kib(r.br)} brotli`);
if (js.leaks.length) console.log(`LEAKS in the embed module: ${js.leaks.join(", ")}`);
const short = (u: string) => u.replace(/^https?:\/\/[^/]+/, "").replace(playbackId, "{id}");
console.log(`\nlast embed run, requests before its first frame at ${samples.embed.at(-1)!.frame.toFixed(0)} ms (start → end, ms):`);
for (const e of timeline) console.log(`  ${e.start.toFixed(0).padStart(5)} → ${e.end.toFixed(0).padStart(5)}  ${e.initiator.padEnd(10)} ${short(e.name)}`);
const late = timeline.filter((e) => e.initiator === "fetch" && e.name.includes("/stream/"));
console.log(late.length ? `stream requests the page did not preload or inline: ${late.map((e) => short(e.name)).join(", ")}` : "no stream request before the first frame other than the page's preloads");
console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
