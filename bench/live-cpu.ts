/**
 * `npm run bench:live-cpu`: CPU per live stream on this machine. An ingest node runs in this process
 * (database, workflow runtime and media worker as in bench/live-latency.ts); a publisher pushes
 * testsrc2 + sine over RTMP (x264 zerolatency, 2 s GOP) at 720p30 and at 1080p30, with the default
 * ladder (LIVE_MAX_RENDITIONS: source passthrough + encoded rungs), LL-HLS and recording on, no viewers.
 * After BENCH_WARMUP_SECONDS, over BENCH_WINDOW_SECONDS of steady state: CPU seconds per second of
 * media packaged (= cores used at real time) of the live transcoder (this process's ffmpeg child writing to pipe:3…, from /proc/<pid>/stat) and
 * of this node process (above its idle baseline, measured first). Reference in the same run: the same
 * ffmpeg ladder (liveTranscodeArgs) as a plain file-to-file encode of an equal-length clip made by the
 * same publisher settings: the encode alone, so the cost of doing it live shows.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadAverage, publishBenchStream, sleep, startLiveBenchNode } from "./live-latency";

const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const WINDOW = Number(process.env.BENCH_WINDOW_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
const sizes = [
  { label: "720p30", width: 1280, height: 720 },
  { label: "1080p30", width: 1920, height: 1080 },
];

/** /proc/<pid>/stat: parent and CPU seconds (utime + stime; cutime + cstime of waited-for children). */
function readStat(pid: number | "self") {
  const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS, children: (Number(f[13]) + Number(f[14])) / TICKS };
}

/** This process's live transcoder: the ffmpeg child writing renditions to pipe:3 onwards. */
function findTranscoders(): number[] {
  return fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      return path.basename(args[0] ?? "") === "ffmpeg" && args.includes("pipe:3") && readStat(pid).ppid === process.pid;
    } catch {
      return false; // gone meanwhile
    }
  });
}

const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const log = console.log;
console.log = (...args: unknown[]) => void (typeof args[0] === "string" && /^\[(workflows|live)\]/.test(args[0]) ? undefined : log(...args));

console.log(`load average at start: ${loadAverage()}`);
const node = await startLiveBenchNode({ routes: false });
const { liveTranscodeArgs } = await import("@/server/media/ffmpeg/live/live-transcode");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kf-bench-live-cpu-"));
const rows: string[] = [];

try {
  // What this process burns with no stream (workflow runtime polling, the ingest node idle).
  let cpu = nodeCpu();
  await sleep(10_000);
  const idle = (nodeCpu() - cpu) / 10;
  console.log(`database ${node.database}; node process idle: ${idle.toFixed(3)} cores; ${os.cpus().length} cores; load ${loadAverage()}`);

  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const stream = await node.createStream("low", true);
      const publisher = publishBenchStream(node.rtmpUrl(stream.streamKey), { width: size.width, height: size.height, seconds: WARMUP + WINDOW + 60 });
      const state = await node.waitForConnection(stream.id, true);
      await sleep(WARMUP * 1000);
      const transcoders = findTranscoders();
      if (transcoders.length !== 1) throw new Error(`expected one live transcoder, found ${transcoders.length}`);
      const [pid] = transcoders as [number];
      const before = { wall: Date.now(), node: nodeCpu(), ffmpeg: readStat(pid).cpu, publisher: readStat(publisher.pid).cpu, media: state.packager.mediaSeconds(), dropped: state.connection!.droppedFrames() };
      await sleep(WINDOW * 1000);
      const after = { wall: Date.now(), node: nodeCpu(), ffmpeg: readStat(pid).cpu, publisher: readStat(publisher.pid).cpu, media: state.packager.mediaSeconds(), dropped: state.connection!.droppedFrames() };
      const ladder = state.renditions;
      publisher.stop();
      await publisher.exited;
      await node.waitForConnection(stream.id, false);

      const wall = (after.wall - before.wall) / 1000;
      const media = after.media - before.media;
      // Per second of media packaged: a transcoder still catching up after its start does more than 1 s per s.
      const live = { ffmpeg: (after.ffmpeg - before.ffmpeg) / media, node: (after.node - before.node - idle * wall) / media, publisher: (after.publisher - before.publisher) / wall };

      // Reference: the same ladder, file to file, as fast as it goes.
      const clip = path.join(work, `${size.label}-${round}.flv`);
      const made = await publishBenchStream(clip, { width: size.width, height: size.height, seconds: WINDOW, realtime: false }).exited;
      if (made.code !== 0) throw new Error(`the reference clip failed: ${made.stderr}`);
      const args = liveTranscodeArgs({ renditions: ladder, hasAudio: true }).map((a) =>
        a === "pipe:0" ? clip : /^pipe:([3-9])$/.test(a) ? path.join(work, `${size.label}-${round}-${a.slice(5)}.mp4`) : a,
      );
      const startedCpu = readStat("self").children;
      const started = Date.now();
      const child = spawn("ffmpeg", args, { stdio: "ignore" });
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      if (code !== 0) throw new Error(`the reference encode failed (exit ${code}): ffmpeg ${args.join(" ")}`);
      // cutime + cstime: ffmpeg has been waited for, and nothing else of ours exited meanwhile.
      const refCpu = readStat("self").children - startedCpu;
      const refWall = (Date.now() - started) / 1000;
      const perStream = live.ffmpeg + live.node;

      const ladderText = ladder.map((r) => `${r.name} ${r.width}x${r.height}${r.passthrough ? " copy" : ` ${r.bitrateKbps}k`}`).join(", ");
      console.log(
        `round ${round + 1} ${size.label} [${ladderText}]: live transcoder ${live.ffmpeg.toFixed(3)} CPU s per media s, node ${live.node.toFixed(3)} above idle ` +
          `(per stream ${perStream.toFixed(3)} → ${Math.floor(2 / perStream)} streams on 2 cores); media ${media.toFixed(1)} s in ${wall.toFixed(1)} s wall, ` +
          `${after.dropped - before.dropped} frames dropped; publisher ${live.publisher.toFixed(3)} cores. Reference file encode: ${(refCpu / WINDOW).toFixed(3)} CPU s per media s ` +
          `(${refCpu.toFixed(1)} CPU s for ${WINDOW} s in ${refWall.toFixed(1)} s, ${(WINDOW / refWall).toFixed(1)}× realtime); live/reference ${(live.ffmpeg / (refCpu / WINDOW)).toFixed(2)}; load ${loadAverage()}`,
      );
      rows.push(
        `| ${size.label} (round ${round + 1}) | ${ladderText} | ${live.ffmpeg.toFixed(2)} | ${live.node.toFixed(3)} | ${perStream.toFixed(2)} | ${(refCpu / WINDOW).toFixed(2)} | ${(live.ffmpeg / (refCpu / WINDOW)).toFixed(2)} | ${Math.floor(2 / perStream)} | ${(media / wall).toFixed(2)} | ${loadAverage()} |`,
      );
    }
  }
} finally {
  await node.close();
  fs.rmSync(work, { recursive: true, force: true });
}

console.log(`\nCPU seconds per second of media (= cores busy per stream at real time); streams on 2 cores = floor(2 / per stream), with no headroom.`);
console.log(
  `| publisher | ladder | live transcoder | node process above idle | per stream | reference: file-to-file encode | live / reference | streams on 2 cores | media s per wall s | load |\n|---|---|---|---|---|---|---|---|---|---|`,
);
for (const row of rows) console.log(row);
process.exit(0);
