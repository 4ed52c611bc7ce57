import type { Db } from "@/server/db/client";

/** What every part of a running workflow runtime shares: database, identity, limits and clock. */
export interface RuntimeContext {
  db: Db;
  /** Lease owner id of this runtime process. */
  owner: string;
  /** Signs requests to the app; undefined only when the app runs in Inngest dev mode. */
  signingKey: string | undefined;
  leaseMs: number;
  retryBaseMs: number;
  now: () => Date;
  /** Runs `fn` once one of the process's request slots is free. */
  limit: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Aborted when shutdown gives up waiting for in-flight requests. */
  signal: AbortSignal;
  /** Asks the claim loop to poll soon (a run became due). */
  wake: () => void;
}
