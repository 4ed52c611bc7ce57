/**
 * Test helper: stands in for the Inngest event API at INNGEST_BASE_URL and records what the app
 * sends, so suites that do not run workflows neither wait on send retries nor lose sight of events.
 * Set INNGEST_BASE_URL with `vi.hoisted` before the app's modules load (see eventRecorderPort).
 */
import http from "node:http";

export interface RecordedEvent {
  name: string;
  data: Record<string, unknown>;
}

/**
 * A port for the recorder, picked before any import so env.ts sees INNGEST_BASE_URL. Test files
 * inline the same expression in vi.hoisted: 20000–31999 stays below Linux's ephemeral range
 * (32768+), where outgoing connections would otherwise collide with it.
 */
export const eventRecorderPort = () => 20_000 + Math.floor(Math.random() * 12_000);

export async function startEventRecorder(port: number) {
  const events: RecordedEvent[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      try {
        const parsed: unknown = JSON.parse(body || "[]");
        for (const e of (Array.isArray(parsed) ? parsed : [parsed]) as RecordedEvent[]) events.push({ name: e.name, data: e.data });
      } catch {
        // not an event batch; ignore
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids: events.map((_, i) => String(i)), status: 200 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    events,
    named: (name: string) => events.filter((e) => e.name === name),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
