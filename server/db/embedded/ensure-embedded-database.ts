/**
 * Finds, or becomes, the process that hosts the embedded PGlite database.
 *
 * `.data/pglite.json` names the host process and its port. A process that finds a live host
 * connects to it; one that finds none takes the lock file (O_EXCL, so two starters cannot both
 * win) and hosts PGlite itself until it exits. `npm start` hosts it in the supervisor, so web,
 * worker and workflow runtime all connect to the same backend; a lone CLI call hosts it briefly.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { servePglite, type PgliteHost } from "./serve-pglite";

interface HostRecord {
  pid: number;
  port: number;
}

let hosted: PgliteHost | null = null;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function readRecord(file: string): HostRecord | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as HostRecord;
  } catch {
    return null;
  }
}

export async function ensureEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<string> {
  if (hosted) return hosted.url;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const recordFile = path.join(options.dataDir, "pglite.json");

  for (let attempt = 0; attempt < 50; attempt++) {
    const record = readRecord(recordFile);
    if (record && isAlive(record.pid)) {
      if (record.port > 0 && (await canConnect(record.port))) return `postgres://postgres@127.0.0.1:${record.port}/postgres`;
      // The host is starting up (port 0 until it listens): wait for it.
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    if (record) fs.rmSync(recordFile, { force: true }); // stale: its process is gone
    let fd: number;
    try {
      fd = fs.openSync(recordFile, "wx");
    } catch {
      continue; // another process won the race; read its record next round
    }
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, port: 0 }));
    fs.closeSync(fd);
    try {
      hosted = await servePglite({ dataDir: path.join(options.dataDir, "pglite"), port: options.port });
    } catch (error) {
      fs.rmSync(recordFile, { force: true });
      throw error;
    }
    fs.writeFileSync(recordFile, JSON.stringify({ pid: process.pid, port: hosted.port }));
    const release = () => {
      const current = readRecord(recordFile);
      if (current?.pid === process.pid) fs.rmSync(recordFile, { force: true });
    };
    process.once("exit", release);
    return hosted.url;
  }
  throw new Error(`Could not reach or start the embedded database under ${options.dataDir}`);
}

/** Stops the PGlite host if this process owns it (clean shutdown flushes PGlite to disk). */
export async function stopEmbeddedDatabase(options: { dataDir: string }): Promise<void> {
  if (!hosted) return;
  const host = hosted;
  hosted = null;
  await host.stop();
  const recordFile = path.join(options.dataDir, "pglite.json");
  if (readRecord(recordFile)?.pid === process.pid) fs.rmSync(recordFile, { force: true });
}
