/** Test support: a real media worker child process on the test database and a local storage dir. */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";

// Stands in for the workflow runtime's event API, which the worker tells about finished jobs.
async function startEventSink() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.setHeader("content-type", "application/json").end(JSON.stringify({ ids: ["evt"], status: 200 })));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export async function startTestWorker(input: { databaseUrl: string; dataDir: string }) {
  const sink = await startEventSink();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/worker/main.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: input.databaseUrl,
      DATA_DIR: input.dataDir,
      STORAGE_DRIVER: "local",
      WORKER_CONCURRENCY: "1",
      WORKER_POLL_MS: "50",
      INNGEST_BASE_URL: sink.url,
      INNGEST_EVENT_KEY: "test-event-key",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (c: Buffer) => output.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
  return {
    output,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await new Promise((r) => child.once("exit", r));
      }
      sink.close();
    },
  };
}
