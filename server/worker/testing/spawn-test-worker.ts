import { spawn, type ChildProcess } from "node:child_process";

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
export function spawnTestWorker(env: Record<string, string>): TestWorker {
  const child = spawn(process.execPath, ["--import", "tsx", "server/worker/main.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, STORAGE_DRIVER: "local", WORKER_CONCURRENCY: "1", WORKER_POLL_MS: "100", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  child.stdout!.on("data", (c: Buffer) => lines.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => lines.push(c.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => lines.join(""), exited: () => exit };
}
