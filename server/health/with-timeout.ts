/** Runs a health check: "ok", or a short reason, never longer than `ms` and never thrown. */
export async function withTimeout(name: string, ms: number, check: (signal: AbortSignal) => Promise<string>): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(`timed out after ${ms / 1000} s`);
    }, ms);
  });
  try {
    return await Promise.race([
      check(controller.signal).catch((error: unknown) => {
        // One line per failure: a degraded platform is polled often and must not flood the log.
        console.warn(`[health] ${name}: ${error instanceof Error ? error.message : String(error)}`);
        return shortReason(error);
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// A class of error, not its text: health is public and must not show SQL, hosts or paths.
function shortReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return `failed (${code})`;
  if (error instanceof Error && error.name === "FfmpegError") return "cannot run";
  return "failed";
}
