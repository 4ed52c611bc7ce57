import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface TestWorker {
  child: ChildProcess;
  /** Everything the worker printed, for failure messages. */
  output(): string;
  exited(): Promise<number | null>;
}

/**
 * Starts `server/worker/main.ts` as a child process (tests only). `node --import tsx` is what the
 * `tsx` CLI runs, minus its wrapper process, so a SIGKILL really kills the worker.
 */
export function spawnTestWorker(env: Record<string, string> & { DATA_DIR: string }): TestWorker {
  // Scratch files under DATA_DIR: the test's cleanup removes them even when it SIGKILLs the worker.
  const tmp = path.join(env.DATA_DIR, "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", "server/worker/main.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, STORAGE_DRIVER: "local", WORKER_CONCURRENCY: "1", WORKER_POLL_MS: "100", TMPDIR: tmp, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  child.stdout!.on("data", (c: Buffer) => lines.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => lines.push(c.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => lines.join(""), exited: () => exit };
}
