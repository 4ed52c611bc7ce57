/**
 * Test helper: a webhook receiver on a local port. It keeps every request's raw body and headers,
 * and answers with `respond(request, index)` (default 200), so a test can make it fail on purpose.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  body: string;
  headers: Record<string, string>;
  json: { id: string; type: string; object: { type: string; id: string }; data: Record<string, unknown>; attempts?: unknown[] };
  status: number;
}

export async function startWebhookReceiver(respond: (hook: Omit<ReceivedWebhook, "status">, index: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
      const hook = { body, headers, json: JSON.parse(body) as ReceivedWebhook["json"] };
      const status = respond(hook, received.length);
      received.push({ ...hook, status });
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "receiver is failing on purpose");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
