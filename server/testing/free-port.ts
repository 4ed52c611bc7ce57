import http from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback port the OS just handed out and released (for servers whose port must be known first). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
