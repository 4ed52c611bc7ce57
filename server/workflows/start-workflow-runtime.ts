/**
 * The embedded workflow runtime: a small Inngest-compatible server that drives the app's own
 * serve() endpoint over HTTP. It listens for events and registrations, syncs the app at start (PUT,
 * retried until the app is up), then claims due runs and crons from Postgres and advances them.
 * Several runtimes may share a database; leases keep each run with one of them at a time.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { workflowRuns } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { advanceRun } from "./advance-run";
import { claimDueRuns } from "./claim-due-runs";
import { createLimiter } from "./create-limiter";
import { fireDueCrons } from "./fire-due-crons";
import { handleRuntimeRequest } from "./handle-runtime-request";
import { requestAppSync } from "./request-app-sync";
import type { RuntimeContext } from "./runtime-context";

export interface WorkflowRuntimeOptions {
  db: Db;
  appUrl: string;
  port: number;
  host?: string;
  signingKey: string | undefined;
  eventKey: string;
  concurrency: number;
  pollMs: number;
  leaseMs: number;
  retryBaseMs: number;
  now?: () => Date;
}

export interface WorkflowRuntime {
  url: string;
  port: number;
  owner: string;
  /** Resolves once the app registered its functions (the claim loop starts then). */
  registered: Promise<void>;
  inFlight(): number;
  stop(options?: { graceMs?: number }): Promise<void>;
}

export async function startWorkflowRuntime(options: WorkflowRuntimeOptions): Promise<WorkflowRuntime> {
  const limiter = createLimiter(options.concurrency);
  const abort = new AbortController();
  const running = new Set<Promise<void>>();
  let stopping = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let polling = false;
  let pollAgain = false;
  let markRegistered = () => {};
  const registered = new Promise<void>((resolve) => (markRegistered = resolve));
  let claiming = false;

  const ctx: RuntimeContext = {
    db: options.db,
    owner: `workflows-${newId(12)}`,
    signingKey: options.signingKey,
    leaseMs: options.leaseMs,
    retryBaseMs: options.retryBaseMs,
    now: options.now ?? (() => new Date()),
    limit: limiter.limit,
    signal: abort.signal,
    wake: () => schedulePoll(0),
  };

  async function poll(): Promise<void> {
    if (stopping || !claiming) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    try {
      await fireDueCrons(ctx);
      const ids = await claimDueRuns(ctx, options.concurrency - running.size);
      for (const id of ids) {
        const work = advanceRun(ctx, id)
          .catch(async (error: unknown) => {
            console.error(`[workflows] advancing run ${id} failed`, error);
            await releaseLease(id, new Date(ctx.now().getTime() + 1000)).catch(() => undefined);
          })
          .finally(() => {
            running.delete(work);
            schedulePoll(0);
          });
        running.add(work);
      }
    } catch (error) {
      if (!stopping) console.error("[workflows] poll failed", error);
    } finally {
      polling = false;
      schedulePoll(pollAgain ? 0 : options.pollMs);
      pollAgain = false;
    }
  }

  function schedulePoll(delay: number): void {
    if (stopping) return;
    if (polling) {
      if (delay === 0) pollAgain = true;
      return;
    }
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = setTimeout(() => void poll(), delay);
  }

  async function releaseLease(runId: string | null, dueAt?: Date): Promise<void> {
    const mine = eq(workflowRuns.leaseOwner, ctx.owner);
    await options.db
      .update(workflowRuns)
      .set({ leaseOwner: null, leaseExpiresAt: null, ...(dueAt ? { nextAttemptAt: dueAt } : {}) })
      .where(runId ? and(eq(workflowRuns.id, runId), mine) : mine);
  }

  const server = http.createServer((req, res) => {
    void handleRuntimeRequest(ctx, { eventKey: options.eventKey, onRegistered: () => markRegistered() }, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  // Sync until the app answers; only then start claiming, so runs do not burn attempts on a cold app.
  void (async () => {
    for (let attempt = 0; !stopping; attempt++) {
      const error = await requestAppSync(options.appUrl, abort.signal);
      if (!error) break;
      if (attempt % 10 === 0) console.log(`[workflows] waiting for the app to register: ${error}`);
      await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)));
    }
    // The SDK answered PUT only after its POST /fn/register succeeded (here, or at another runtime
    // process on the same database), so the function table is current.
    markRegistered();
    claiming = true;
    schedulePoll(0);
  })();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    owner: ctx.owner,
    registered,
    inFlight: () => running.size,
    async stop({ graceMs = 5000 } = {}) {
      stopping = true;
      if (pollTimer) clearTimeout(pollTimer);
      const settled = Promise.allSettled([...running]);
      await Promise.race([settled, new Promise((r) => setTimeout(r, graceMs))]);
      // Hand unfinished runs back before aborting, so their cut-off answers are not recorded as failures.
      await releaseLease(null).catch((error: unknown) => console.error("[workflows] releasing leases failed", error));
      abort.abort();
      await Promise.race([settled, new Promise((r) => setTimeout(r, 1000))]);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
