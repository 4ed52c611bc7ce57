import type http from "node:http";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { hashSigningKey } from "./hash-signing-key";
import { ingestEvents } from "./ingest-events";
import { registerFunctions, registerPayloadSchema } from "./register-functions";
import type { RuntimeContext } from "./runtime-context";

const maxBodyBytes = 4 * 1024 * 1024;

const eventSchema = z.object({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).nullish().transform((d) => d ?? {}),
  user: z.record(z.string(), z.unknown()).optional(),
  ts: z.number().optional(),
  v: z.string().optional(),
});
const eventsSchema = z.union([eventSchema, z.array(eventSchema)]).transform((e) => (Array.isArray(e) ? e : [e]));

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error("payload too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
}

/**
 * The runtime's HTTP API, the subset of Inngest's that the SDK calls: `POST /e/<eventKey>`
 * (inngest.send, step.sendEvent), `POST /fn/register` (what serve() posts its config to when it
 * receives `PUT`), and `GET /health`.
 */
export async function handleRuntimeRequest(
  ctx: RuntimeContext,
  keys: { eventKey: string; onRegistered: () => void },
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://runtime");
  try {
    if (req.method === "GET" && url.pathname === "/health") return send(res, 200, { status: "ok" });

    const eventKey = /^\/e\/([^/]+)\/?$/.exec(url.pathname)?.[1];
    if (req.method === "POST" && eventKey !== undefined) {
      if (!sameSecret(decodeURIComponent(eventKey), keys.eventKey)) return send(res, 401, { status: 401, error: "Event key not found" });
      const parsed = eventsSchema.safeParse(await readJson(req));
      if (!parsed.success) return send(res, 400, { status: 400, error: `Invalid event payload: ${parsed.error.issues[0]?.message ?? ""}` });
      const { ids, runIds } = await ctx.db.transaction((tx) => ingestEvents(tx, parsed.data, ctx.now()));
      if (runIds.length) ctx.wake();
      return send(res, 200, { ids, status: 200 });
    }

    if (req.method === "POST" && url.pathname === "/fn/register") {
      const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
      if (ctx.signingKey && !sameSecret(token, hashSigningKey(ctx.signingKey))) return send(res, 401, { status: 401, error: "Invalid signing key" });
      const parsed = registerPayloadSchema.safeParse(await readJson(req));
      if (!parsed.success) return send(res, 400, { status: 400, error: `Invalid register payload: ${parsed.error.issues[0]?.message ?? ""}` });
      const { modified } = await registerFunctions(ctx.db, parsed.data, ctx.now());
      console.log(`[workflows] registered ${parsed.data.functions.length} functions of app "${parsed.data.appName}"`);
      keys.onRegistered();
      return send(res, 200, { status: 200, modified, skipped: false });
    }
    return send(res, 404, { status: 404, error: "Not found" });
  } catch (error) {
    console.error(`[workflows] ${req.method} ${url.pathname} failed`, error);
    return send(res, 500, { status: 500, error: "Internal error" });
  }
}
