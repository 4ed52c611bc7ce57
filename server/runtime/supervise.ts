import { spawn, type ChildProcess } from "node:child_process";

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Keeps child processes running, prefixing their output; restarts one that dies (at most five
 * times a minute, then gives up on everything so the operator sees the failure).
 */
export function supervise(root: string, specs: ServiceSpec[], onFatal: (reason: string) => void) {
  const children = new Map<string, ChildProcess>();
  const restarts = new Map<string, number[]>();
  let stopping = false;

  const pipe = (name: string, stream: NodeJS.ReadableStream | null, out: NodeJS.WritableStream) => {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };

  const start = (spec: ServiceSpec) => {
    const child = spawn(spec.command, spec.args, { cwd: root, env: spec.env, stdio: ["ignore", "pipe", "pipe"] });
    children.set(spec.name, child);
    pipe(spec.name, child.stdout, process.stdout);
    pipe(spec.name, child.stderr, process.stderr);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const recent = (restarts.get(spec.name) ?? []).filter((t) => Date.now() - t < 60_000);
      if (recent.length >= 5) return onFatal(`${spec.name} keeps exiting (last: ${signal ?? `code ${code}`})`);
      restarts.set(spec.name, [...recent, Date.now()]);
      console.error(`[keyframe] ${spec.name} exited (${signal ?? `code ${code}`}); restarting in 2 s`);
      setTimeout(() => !stopping && start(spec), 2_000);
    });
  };

  specs.forEach(start);

  return {
    async stop(): Promise<void> {
      stopping = true;
      await Promise.all(
        [...children.values()].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
              child.once("exit", () => {
                clearTimeout(kill);
                resolve();
              });
              child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
