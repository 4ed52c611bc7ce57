import type { IngestConnection, IngestHandler, PublishRequest } from "../ingest-types";

/**
 * An IngestHandler for tests: accepts the listed keys, remembers every request and connection, and
 * collects each connection's FLV bytes.
 */
export function recordIngest(acceptedKeys: string[], opts: { authorizeDelayMs?: number } = {}) {
  const requests: PublishRequest[] = [];
  const connections: { connection: IngestConnection; flv: Buffer[] }[] = [];
  let notify: (() => void) | null = null;
  const handler: IngestHandler = {
    async authorize(req) {
      requests.push(req);
      if (opts.authorizeDelayMs) await new Promise((resolve) => setTimeout(resolve, opts.authorizeDelayMs));
      return acceptedKeys.includes(req.streamKey) ? { accept: true } : { accept: false, reason: "Unknown stream key" };
    },
    onPublish(connection) {
      const flv: Buffer[] = [];
      connection.flv.on("data", (chunk: Buffer) => flv.push(chunk));
      connections.push({ connection, flv });
      notify?.();
    },
  };
  return {
    handler,
    requests,
    connections,
    /** The next (or an existing, not yet taken) connection. */
    async nextConnection(taken = 0): Promise<{ connection: IngestConnection; flv: Buffer[] }> {
      while (connections.length <= taken) await new Promise<void>((resolve) => (notify = resolve));
      return connections[taken]!;
    },
  };
}
