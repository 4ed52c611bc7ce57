/**
 * `npm run bench:live`: glass-to-glass latency of live streams per latency mode, in Debian's Chromium
 * playing the stream with hls.js (`lowLatencyMode: true`) on loopback, through the web app's /stream
 * proxy as in production. One process holds a database (the local PostgreSQL when reachable, else
 * PGlite), the workflow runtime, an ingest node (startLiveIngest) and the real route handlers
 * (serveAppRoutes); a publisher is ffmpeg -re pushing testsrc2 1280x720@30 + sine (x264 zerolatency,
 * 2 s GOP) over RTMP, with the publisher's wall clock burned into every frame as a Gray-coded strip.
 * For each mode (low, reduced, standard: the reference) and once more for low with the Keyframe
 * player's hls.js config, a viewer joins after BENCH_JOIN_SECONDS of broadcast, plays
 * BENCH_WARMUP_SECONDS, then every 250 ms for BENCH_SAMPLE_SECONDS reads the frame on screen:
 *  - PDT latency   = display time − the frame's EXT-X-PROGRAM-DATE-TIME (hls.playingDate): ingest → glass,
 *    since the packager anchors PDT at the arrival of the first video frame at ingest;
 *  - clock latency = display time − the wall clock burned in at capture: glass-to-glass, publisher's
 *    encode and RTMP send included.
 * bench/live-cpu.ts reuses this file's node set-up and publisher (main runs only when executed).
 * Also time from navigation start to the first frame. BENCH_ROUNDS repeats the viewers (alternating
 * their order), BENCH_ONLY=1,2 picks some, BENCH_HLS_DEBUG=<file> writes hls.js's debug log there.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { pathToFileURL } from "node:url";

export type LatencyMode = "low" | "reduced" | "standard";

const CLOCK_BITS = 20;
const CLOCK_BLOCK = 48;

/**
 * The burned-in clock: one 48×48 block per bit of the Gray-coded wall clock (ms mod 2^20) across the
 * top-left of the frame, white = 1. Each drawbox evaluates time(0) itself; Gray code keeps a read
 * that straddles a millisecond to one of the two neighbours.
 */
function clockFilters(): string {
  const boxes = [`drawbox=x=0:y=0:w=${CLOCK_BITS * CLOCK_BLOCK}:h=${CLOCK_BLOCK}:color=black:t=fill`];
  for (let bit = 0; bit < CLOCK_BITS; bit++) {
    const gray = `st(0,mod(floor(time(0)*1000),${2 ** CLOCK_BITS}));st(1,floor(ld(0)/2));bitor(ld(0),ld(1))-bitand(ld(0),ld(1))`;
    boxes.push(`drawbox=x=${bit * CLOCK_BLOCK}:y=0:w=${CLOCK_BLOCK}:h=${CLOCK_BLOCK}:color=white:t=fill:enable='gt(bitand(${gray},${2 ** bit}),0)'`);
  }
  return boxes.join(",");
}

/**
 * A bench publisher as an encoder would push: testsrc2 + a sine tone generated in real time (-re), in
 * ONE lavfi input (two inputs would make ffmpeg read ahead on input threads, capturing frames early),
 * H.264 zerolatency with a keyframe every 2 s, AAC, FLV over RTMP (or to a file without -re).
 */
export function publishBenchStream(output: string, opts: { width: number; height: number; seconds: number; clock?: boolean; realtime?: boolean }) {
  const kbps = opts.height >= 1080 ? 5000 : opts.height >= 720 ? 2500 : 1000;
  const video = `testsrc2=size=${opts.width}x${opts.height}:rate=30${opts.clock ? `,${clockFilters()}` : ""},format=yuv420p[out0]`;
  const args = [
    "-hide_banner", "-nostdin", "-loglevel", "error", ...(opts.realtime === false ? [] : ["-re"]),
    "-f", "lavfi", "-i", `${video};sine=frequency=440:sample_rate=48000[out1]`,
    "-t", String(opts.seconds),
    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "60", "-keyint_min", "60", "-sc_threshold", "0",
    "-b:v", `${kbps}k`, "-maxrate", `${kbps}k`, "-bufsize", `${kbps}k`,
    "-c:a", "aac", "-b:a", "128k", "-y", "-f", "flv", output,
  ];
  const child = spawn("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once("close", (code) => resolve({ code, stderr })));
  return { pid: child.pid!, exited, stop: () => child.kill("SIGKILL") };
}

/**
 * What both live benchmarks run on: env for a private data dir, a database, the workflow runtime and
 * media worker (startVideoPipeline), a workspace, the ingest node, and optionally the route handlers.
 */
export async function startLiveBenchNode(opts: { routes: boolean }) {
  const { preparePipelineEnv } = await import("@/server/testing/prepare-pipeline-env");
  const { freePort } = await import("@/server/testing/free-port");
  const { isPostgresReachable } = await import("@/server/testing/test-database");
  const { dataDir } = await preparePipelineEnv();
  const pgUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  // PostgreSQL keeps the database's CPU out of this process (PGlite would run in it).
  const kind = (await isPostgresReachable(pgUrl)) ? "postgres" : "pglite";
  if (kind === "postgres") process.env.KEYFRAME_TEST_POSTGRES_URL = pgUrl;
  const apiPort = await freePort();
  process.env.KEYFRAME_URL = `http://127.0.0.1:${apiPort}`;
  const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
  const { serveAppRoutes } = await import("@/server/testing/serve-app-routes");
  const { startLiveIngest } = await import("@/server/live/session/start-live-ingest");
  const { createLiveStream } = await import("@/server/live/create-live-stream");
  const { getStorage } = await import("@/server/storage/get-storage");
  const { env } = await import("@/server/env");
  // The worker only matters for live-to-VOD, which the benches never reach: poll it rarely.
  const pipeline = await startVideoPipeline({ kind, workerEnv: { WORKER_POLL_MS: "5000" } });
  const api = opts.routes ? await serveAppRoutes({ port: apiPort }) : null;
  const ingest = await startLiveIngest({
    storage: getStorage(),
    host: "127.0.0.1",
    rtmpPort: await freePort(),
    srtPort: await freePort(),
    originPort: 0,
    originUrl: "http://127.0.0.1:{port}",
    dvrWindowSeconds: env.LIVE_DVR_WINDOW_SECONDS,
    maxRenditions: env.LIVE_MAX_RENDITIONS,
  });
  return {
    database: kind,
    maxRenditions: env.LIVE_MAX_RENDITIONS,
    apiUrl: api?.url ?? null,
    ingest,
    rtmpUrl: (key: string) => `rtmp://127.0.0.1:${ingest.rtmpPort}/live/${key}`,
    /** A public stream; sessions wait out a long reconnect window, so no live-to-VOD runs mid-bench. */
    async createStream(latencyMode: LatencyMode, record: boolean) {
      const row = await createLiveStream({
        workspaceId: pipeline.workspaceId,
        settings: { playback_policy: ["public"], latency_mode: latencyMode, reconnect_window: 1800, new_asset_settings: record ? { playback_policy: ["public"] } : null },
      });
      const playbackId = await pipeline.database.db.query.playbackIds.findFirst({ where: (p, { eq }) => eq(p.liveStreamId, row.id) });
      return { id: row.id, streamKey: row.streamKey, playbackId: playbackId!.id };
    },
    /** Resolves once the stream's publisher connection runs on this node (or rejects after timeoutMs). */
    async waitForConnection(liveStreamId: string, connected: boolean, timeoutMs = 30_000) {
      for (const deadline = Date.now() + timeoutMs; Boolean(ingest.hub.get(liveStreamId)?.connection) !== connected; ) {
        if (Date.now() > deadline) throw new Error(`stream ${liveStreamId} did not ${connected ? "connect" : "disconnect"} in ${timeoutMs} ms`);
        await sleep(50);
      }
      return ingest.hub.get(liveStreamId)!;
    },
    async close() {
      await ingest.close();
      await api?.close();
      await pipeline.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]! : NaN;
};

type Sample = { pdt: number | null; clock: number | null; level: number; height: number; hlsLatency: number; target: number | null; buffer: number; rate: number };
/** How far the live edge hls.js knows (in PDT) is behind the wall clock: transcode, packaging and playlist staleness; it grows when the pipeline falls behind. */
const edgeAges = (samples: Sample[]) => samples.flatMap((s) => (s.pdt === null ? [] : [s.pdt - s.hlsLatency * 1000]));
type ViewerResult = { ttff: number; samples: Sample[]; stalls: number[] };

// The viewer page: hls.js from node_modules, a probe for the first frame, and a sampler that reads
// the frame on screen (requestVideoFrameCallback): its PDT and its burned-in clock.
const page = (src: string, hlsConfig: Record<string, unknown>) => `<!doctype html><html><body style="margin:0;background:#000">
<video id="v" muted autoplay playsinline style="width:1280px;height:720px"></video>
<canvas id="c" width="${CLOCK_BITS * CLOCK_BLOCK}" height="${CLOCK_BLOCK}" style="display:none"></canvas>
<script src="/hls.min.js"></script><script>
const v = document.getElementById("v"), ctx = document.getElementById("c").getContext("2d", { willReadFrequently: true });
const hls = new Hls(${JSON.stringify(hlsConfig)});
window.__kf = { samples: [], waiting: [] };
v.addEventListener("waiting", () => window.__kf.waiting.push(performance.now()));
v.requestVideoFrameCallback((now) => { window.__kf.first = now; });
hls.loadSource(${JSON.stringify(src)}); hls.attachMedia(v); v.play().catch(() => {});
function readClock() {
  const sx = v.videoWidth / 1280, sy = v.videoHeight / 720;
  ctx.drawImage(v, 0, 0, ${CLOCK_BITS * CLOCK_BLOCK} * sx, ${CLOCK_BLOCK} * sy, 0, 0, ${CLOCK_BITS * CLOCK_BLOCK}, ${CLOCK_BLOCK});
  let gray = 0;
  for (let bit = 0; bit < ${CLOCK_BITS}; bit++) {
    const px = ctx.getImageData(bit * ${CLOCK_BLOCK} + 16, 16, 16, 16).data;
    let sum = 0; for (let i = 0; i < px.length; i += 4) sum += px[i + 1];
    const mean = sum / (px.length / 4);
    if (mean > 80 && mean < 176) return null; // neither black nor white: not our strip
    if (mean >= 176) gray |= 1 << bit;
  }
  let value = gray; for (let shift = gray >> 1; shift; shift >>= 1) value ^= shift;
  return value;
}
window.__kfStart = () => setInterval(() => v.requestVideoFrameCallback((now, md) => {
  const shown = performance.timeOrigin + md.expectedDisplayTime;
  const date = hls.playingDate;
  const pdt = date ? shown - (date.getTime() + (md.mediaTime - v.currentTime) * 1000) : null;
  const burned = readClock();
  const clock = burned === null ? null : ((Math.round(shown) % ${2 ** CLOCK_BITS}) - burned + ${2 ** CLOCK_BITS}) % ${2 ** CLOCK_BITS};
  window.__kf.samples.push({ pdt, clock, level: hls.currentLevel, height: v.videoHeight, hlsLatency: hls.latency, target: hls.targetLatency,
    buffer: v.buffered.length ? v.buffered.end(v.buffered.length - 1) - v.currentTime : 0, rate: v.playbackRate });
}), 250);
</script></body></html>`;

/**
 * Server side of LL-HLS latency: for `parts` consecutive parts, a blocking playlist request for the
 * next part sent to the origin and through the /stream proxy at once; each answer's arrival is
 * compared with the end of that part in program-date-time (ingest wall clock), and the part itself is
 * fetched both ways. Runs with no viewer, after one.
 */
async function probePartAvailability(origin: string, proxy: string, parts: number) {
  const { parseMediaPlaylist } = await import("@/server/live/packager/testing/parse-media-playlist");
  const timed = (url: string) => fetch(url).then(async (r) => ({ at: Date.now(), body: await r.arrayBuffer() }));
  let playlist = parseMediaPlaylist(await (await fetch(origin)).text());
  const rows: { origin: number; proxy: number; fetchOrigin: number; fetchProxy: number }[] = [];
  while (rows.length < parts) {
    const last = playlist.segments.at(-1)!;
    const hint = /\/(\d+)\.(\d+)\.m4s/.exec(playlist.preloadHint ?? "");
    const next = hint ? { msn: Number(hint[1]), part: Number(hint[2]) } : { msn: last.msn + 1, part: 0 };
    const query = `?_HLS_msn=${next.msn}&_HLS_part=${next.part}`;
    const [direct, proxied] = await Promise.all([timed(origin + query), timed(proxy + query)]);
    playlist = parseMediaPlaylist(new TextDecoder().decode(direct.body));
    const segment = playlist.segments.find((x) => x.msn === next.msn)!;
    const end = segment.programDateTime! + segment.parts.slice(0, next.part + 1).reduce((n, x) => n + x.duration * 1000, 0);
    const uri = segment.parts[next.part]!.uri;
    const t0 = Date.now();
    await timed(new URL(uri, origin).href);
    const t1 = Date.now();
    await timed(new URL(uri, proxy).href);
    rows.push({ origin: direct.at - end, proxy: proxied.at - end, fetchOrigin: t1 - t0, fetchProxy: Date.now() - t1 });
  }
  const m = (k: keyof (typeof rows)[number]) => `${pct(rows.map((r) => r[k]), 50).toFixed(0)} ms (p95 ${pct(rows.map((r) => r[k]), 95).toFixed(0)})`;
  return `LL-HLS parts (${parts}, source rendition): the blocking playlist listing a part answers ${m("origin")} after the part's end PDT at the origin, ${m("proxy")} through /stream; fetching the part takes ${m("fetchOrigin")} from the origin, ${m("fetchProxy")} through /stream`;
}

/** The viewer runs of one round: each latency mode with hls.js as the issue asks, and LL-HLS with the Keyframe player's config. */
type Run = { name: string; mode: LatencyMode; hlsConfig: Record<string, unknown> };
const RUNS: Run[] = [
  { name: "low (LL-HLS)", mode: "low", hlsConfig: { lowLatencyMode: true } },
  // As components/player/core/keyframe-player-core.ts configures hls.js for live.
  { name: "low, Keyframe player's hls.js config", mode: "low", hlsConfig: { lowLatencyMode: true, startFragPrefetch: true, liveDurationInfinity: true, maxLiveSyncPlaybackRate: 1.25 } },
  { name: "reduced", mode: "reduced", hlsConfig: { lowLatencyMode: true } },
  { name: "standard (reference)", mode: "standard", hlsConfig: { lowLatencyMode: true } },
];

async function main() {
  const { chromium } = await import("playwright-core");
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
  const JOIN = Number(process.env.BENCH_JOIN_SECONDS ?? 16);
  const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
  const SAMPLE = Number(process.env.BENCH_SAMPLE_SECONDS ?? 20);
  const only = process.env.BENCH_ONLY?.split(",");
  const runs = RUNS.filter((_, i) => !only || only.includes(String(i + 1)));
  const debugLog = process.env.BENCH_HLS_DEBUG; // a file for hls.js's debug log and the page's console
  // The workflow runtime logs every run transition (webhook fan-outs of the streams' events): noise here.
  const log = console.log;
  console.log = (...args: unknown[]) => void (typeof args[0] === "string" && args[0].startsWith("[workflows]") ? undefined : log(...args));
  console.log(`load average at start: ${loadAverage()}`);

  const node = await startLiveBenchNode({ routes: true });
  const hlsJs = fs.readFileSync("node_modules/hls.js/dist/hls.min.js");
  let html = "";
  const pageServer = http.createServer((req, res) => {
    if (req.url === "/hls.min.js") res.writeHead(200, { "content-type": "text/javascript" }).end(hlsJs);
    else res.writeHead(200, { "content-type": "text/html", "cache-control": "no-store" }).end(html);
  });
  await new Promise<void>((r) => pageServer.listen(0, "127.0.0.1", r));
  const pageUrl = `http://127.0.0.1:${(pageServer.address() as import("node:net").AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
  });
  const results = new Map<Run, ViewerResult[]>(runs.map((r) => [r, []]));
  console.log(`database ${node.database}, ladder up to ${node.maxRenditions} renditions; viewer joins after ${JOIN} s of broadcast, ${WARMUP} s warm-up, ${SAMPLE} s of samples`);
  let warm = false;
  let partReport = "";
  const valid = (s: Sample) => s.clock !== null && s.clock <= 60_000;

  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Odd rounds run the viewers in reverse, so no mode always plays first or last.
      for (const run of round % 2 ? [...runs].reverse() : runs) {
        const stream = await node.createStream(run.mode, false);
        const publisher = publishBenchStream(node.rtmpUrl(stream.streamKey), { width: 1280, height: 720, seconds: JOIN + WARMUP + SAMPLE + 60, clock: true });
        const startedAt = Date.now();
        await node.waitForConnection(stream.id, true);
        await sleep(Math.max(0, startedAt + JOIN * 1000 - Date.now()));
        // serveAppRoutes imports a route's module on its first request; a production server is warm.
        for (const path of [".m3u8", "/source.m3u8"]) await fetch(`${node.apiUrl}/stream/${stream.playbackId}${path}`).then((r) => r.text());
        html = page(`${node.apiUrl}/stream/${stream.playbackId}.m3u8`, debugLog ? { ...run.hlsConfig, debug: true } : run.hlsConfig);
        if (!warm) {
          // The browser's first playback loads its media stack: a discarded viewer takes that cost.
          const context = await browser.newContext();
          const tab = await context.newPage();
          await tab.goto(pageUrl);
          await tab.waitForFunction(() => (window as { __kf?: { first?: number } }).__kf?.first !== undefined, null, { timeout: 60_000 });
          await context.close();
          warm = true;
        }
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const tab = await context.newPage();
        if (debugLog) tab.on("console", (m) => fs.appendFileSync(debugLog, `${Date.now()} [${run.name}] ${m.text()}\n`));
        await tab.goto(pageUrl);
        await tab.waitForFunction(() => (window as { __kf?: { first?: number } }).__kf?.first !== undefined, null, { timeout: 60_000 });
        const ttff = await tab.evaluate(() => (window as unknown as { __kf: { first: number } }).__kf.first);
        await sleep(WARMUP * 1000);
        await tab.evaluate(() => (window as unknown as { __kfStart(): void }).__kfStart());
        await sleep(SAMPLE * 1000);
        const got = await tab.evaluate(() => (window as unknown as { __kf: { samples: Sample[]; waiting: number[] } }).__kf);
        await context.close();
        if (run.mode === "low" && !partReport) {
          partReport = await probePartAvailability(`${node.ingest.originUrl}/live/${stream.id}/source.m3u8`, `${node.apiUrl}/stream/${stream.playbackId}/source.m3u8`, 40);
          console.log(partReport);
        }
        publisher.stop();
        await node.waitForConnection(stream.id, false);
        const samples = got.samples;
        // Stalls after the first frame (a `waiting` before it is the start-up itself).
        const stalls = got.waiting.filter((t) => t > ttff).map((t) => Math.round(t - ttff));
        results.get(run)!.push({ ttff, samples, stalls });
        const pdts = samples.flatMap((s) => (s.pdt === null ? [] : [s.pdt]));
        const clocks = samples.filter(valid).map((s) => s.clock!);
        console.log(
          `round ${round + 1}, ${run.name}: first frame ${ttff.toFixed(0)} ms; PDT latency median ${pct(pdts, 50).toFixed(0)} ms p95 ${pct(pdts, 95).toFixed(0)} ms; ` +
            `clock latency median ${pct(clocks, 50).toFixed(0)} ms p95 ${pct(clocks, 95).toFixed(0)} ms; ${samples.length} samples (${samples.length - clocks.length} clock misreads), ` +
            `stalls at ${stalls.length ? stalls.join(", ") + " ms after the first frame" : "none"}, heights ${[...new Set(samples.map((s) => s.height))].join("/")}, ` +
            `hls.js latency ${pct(samples.map((s) => s.hlsLatency), 50).toFixed(2)} s (target ${samples.at(-1)?.target?.toFixed(2) ?? "?"} s), ` +
            `buffer ahead ${pct(samples.map((s) => s.buffer), 50).toFixed(2)} s, playlist edge behind wall ${pct(edgeAges(samples), 50).toFixed(0)} ms, rate ${[...new Set(samples.map((s) => s.rate))].join("/")}; load ${loadAverage()}`,
        );
      }
    }
  } finally {
    await browser.close();
    pageServer.close();
    await node.close();
  }

  const samplesOf = (run: Run) => results.get(run)!.flatMap((r) => r.samples);
  const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
  console.log(
    `\n| viewer | first frame median | PDT latency median | PDT p95 | clock latency median | clock p95 | publisher → ingest (clock − PDT) | hls.js behind its live edge | playlist edge behind wall | samples | stalls |\n|---|---|---|---|---|---|---|---|---|---|---|`,
  );
  for (const run of runs) {
    const pdts = samplesOf(run).flatMap((x) => (x.pdt === null ? [] : [x.pdt]));
    const both = samplesOf(run).filter((x) => x.pdt !== null && valid(x));
    const clocks = samplesOf(run).filter(valid).map((x) => x.clock!);
    const ttffs = results.get(run)!.map((r) => r.ttff);
    const stalls = results.get(run)!.reduce((n, r) => n + r.stalls.length, 0);
    console.log(
      `| ${run.name} | ${pct(ttffs, 50).toFixed(0)} ms | ${s(pct(pdts, 50))} | ${s(pct(pdts, 95))} | ${s(pct(clocks, 50))} | ${s(pct(clocks, 95))} | ${pct(both.map((x) => x.clock! - x.pdt!), 50).toFixed(0)} ms | ${s(pct(samplesOf(run).map((x) => x.hlsLatency * 1000), 50))} | ${pct(edgeAges(samplesOf(run)), 50).toFixed(0)} ms | ${pdts.length} | ${stalls} |`,
    );
  }
  const [low, , , standard] = RUNS.map((r) => (results.has(r) ? pct(samplesOf(r).filter(valid).map((x) => x.clock!), 50) : NaN));
  if (!Number.isNaN(low! + standard!)) {
    console.log(`\nlow vs standard (clock, median): ${s(low!)} vs ${s(standard!)} (${(standard! / low!).toFixed(1)}× lower); target low ≤ 2 s: ${low! <= 2000 ? "met" : "NOT met"}`);
  }
  if (partReport) console.log(partReport);
  console.log(`load average at the end: ${loadAverage()}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  process.exit(0);
}
