/**
 * Serves one embedded PGlite database to many processes over the PostgreSQL wire protocol.
 *
 * PGlite is a single backend living in one process. Web, worker, workflow runtime and CLI each
 * connect with postgres.js as if to a normal server; this host lets one connection at a time own
 * the backend from its first message until the backend is idle again (a Sync or simple Query
 * completed outside a transaction). That keeps extended-protocol batches and transactions of
 * different connections from interleaving, which a per-message multiplexer does not.
 * Do not change the ownership rule without re-running server/db/embedded/serve-pglite.test.ts.
 */
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

export interface PgliteHost {
  port: number;
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

class BackendLock {
  private owner: number | null = null;
  private waiters: Array<{ id: number; resolve: () => void }> = [];

  async acquire(id: number): Promise<void> {
    if (this.owner === id) return;
    if (this.owner === null) {
      this.owner = id;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push({ id, resolve }));
  }

  release(id: number): void {
    if (this.owner !== id) return;
    const next = this.waiters.shift();
    this.owner = next ? next.id : null;
    next?.resolve();
  }

  drop(id: number): void {
    this.waiters = this.waiters.filter((w) => w.id !== id);
    this.release(id);
  }

  isOwner(id: number): boolean {
    return this.owner === id;
  }
}

export async function servePglite(options: { dataDir: string; port?: number; host?: string }): Promise<PgliteHost> {
  const db = await PGlite.create({ dataDir: options.dataDir });
  const lock = new BackendLock();
  let nextId = 1;
  const sockets = new Set<net.Socket>();
  let stopped = false;

  const server = net.createServer((socket) => {
    const id = nextId++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    let chain: Promise<void> = Promise.resolve();

    const exec = async (message: Uint8Array, endsUnit: boolean) => {
      await lock.acquire(id);
      try {
        await db.runExclusive(() =>
          db.execProtocolRawStream(message, {
            onRawData: (chunk) => {
              if (socket.writable) socket.write(Buffer.from(chunk));
            },
          }),
        );
      } finally {
        if (endsUnit && !db.isInTransaction()) lock.release(id);
      }
    };

    const onClose = () => {
      sockets.delete(socket);
      chain = chain
        .then(async () => {
          if (!stopped && lock.isOwner(id) && db.isInTransaction()) await db.exec("ROLLBACK");
        })
        // A host being stopped has closed PGlite already; nothing is left to roll back.
        .catch(() => undefined)
        .finally(() => lock.drop(id));
    };

    const take = (): Array<{ message: Buffer; endsUnit: boolean } | "ssl" | "close"> => {
      const out: Array<{ message: Buffer; endsUnit: boolean } | "ssl" | "close"> = [];
      for (;;) {
        if (!started) {
          if (buffer.length < 8) break;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) break;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, len);
          buffer = buffer.subarray(len);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) out.push("ssl");
          else if (code === CANCEL_REQUEST) out.push("close");
          else {
            started = true;
            out.push({ message, endsUnit: true });
          }
          continue;
        }
        if (buffer.length < 5) break;
        const len = 1 + buffer.readInt32BE(1);
        if (buffer.length < len) break;
        const type = String.fromCharCode(buffer[0]!);
        const message = buffer.subarray(0, len);
        buffer = buffer.subarray(len);
        if (type === "X") out.push("close");
        else out.push({ message, endsUnit: type === "S" || type === "Q" });
      }
      return out;
    };

    socket.on("data", (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      for (const item of take()) {
        chain = chain.then(async () => {
          if (item === "ssl") socket.write("N");
          else if (item === "close") socket.end();
          else await exec(new Uint8Array(item.message), item.endsUnit);
        });
      }
      chain = chain.catch((error: unknown) => {
        console.error("[pglite-host] connection error", error);
        socket.destroy();
      });
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", onClose);
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("pglite host: no TCP address");
  const port = address.port;

  return {
    port,
    url: `postgres://postgres@${host}:${port}/postgres`,
    db,
    async stop() {
      stopped = true;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
