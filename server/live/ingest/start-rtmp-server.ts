import net from "node:net";
import tls from "node:tls";
import { handleRtmpSocket } from "./handle-rtmp-socket";
import type { IngestHandler } from "./ingest-types";

/** RTMP ingest at rtmp://host:port/live/<stream key>; RTMPS (same protocol inside TLS) when `tls` is given. */
export function startRtmpServer(opts: {
  host: string;
  port: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  handler: IngestHandler;
}): Promise<{ port: number; close(): Promise<void> }> {
  const protocol = opts.tls ? "rtmps" : "rtmp";
  const connections = new Set<{ close(reason: string): void }>();
  const onSocket = (socket: net.Socket) => {
    const connection = handleRtmpSocket(socket, { protocol, handler: opts.handler });
    connections.add(connection);
    socket.once("close", () => connections.delete(connection));
  };
  const server = opts.tls
    ? tls.createServer({ cert: opts.tls.cert, key: opts.tls.key, handshakeTimeout: 10_000 }, onSocket)
    : net.createServer(onSocket);
  // A TLS client that fails the handshake never becomes a publisher; nothing to report.
  server.on("tlsClientError", () => {});

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : opts.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const connection of connections) connection.close("the ingest server shut down");
          }),
      });
    });
  });
}
