/**
 * Test harness (tests only): serves the app's real route handlers (app/** /route.ts) on a plain
 * Node HTTP server, so clients such as @mux/mux-node can talk to Keyframe over HTTP without a
 * `next build`. Next's file conventions are mapped as Next maps them: `[x]` is one segment,
 * `[...x]` the rest of the path (an array), `(group)` folders are not in the URL.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
interface Route {
  pattern: RegExp;
  catchAll: Set<string>;
  file: string;
  specificity: number;
}

function findRoutes(appDir: string): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      else if (entry.name === "route.ts") {
        const catchAll = new Set<string>();
        const source = segments
          .map((s) => {
            const rest = /^\[\.\.\.(\w+)\]$/.exec(s);
            if (rest) return catchAll.add(rest[1]!), `/(?<${rest[1]}>.+)`;
            const one = /^\[(\w+)\]$/.exec(s);
            return one ? `/(?<${one[1]}>[^/]+)` : `/${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
          })
          .join("");
        const specificity = segments.filter((s) => !s.startsWith("[")).length * 10 - catchAll.size;
        routes.push({ pattern: new RegExp(`^${source || "/"}$`), catchAll, file: path.join(dir, entry.name), specificity });
      }
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => b.specificity - a.specificity);
}

export async function serveAppRoutes(options: { port?: number; appDir?: string } = {}) {
  const routes = findRoutes(options.appDir ?? path.resolve("app"));
  const modules = new Map<string, Record<string, Handler>>();
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
      const match = routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
      if (!match) return void res.writeHead(404).end("no route");
      if (!modules.has(match.r.file)) modules.set(match.r.file, (await import(match.r.file)) as Record<string, Handler>);
      const handler = modules.get(match.r.file)![req.method ?? "GET"];
      if (typeof handler !== "function") return void res.writeHead(405).end();
      const params: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(match.m!.groups ?? {})) {
        params[k] = match.r.catchAll.has(k) ? v.split("/").map(decodeURIComponent) : decodeURIComponent(v);
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const hasBody = !["GET", "HEAD"].includes(req.method ?? "GET");
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
        ...(hasBody ? { duplex: "half" } : {}),
      } as RequestInit);
      const response = await handler(request, { params: Promise.resolve(params) });
      // A handler that answered without reading the whole body (a 413): the socket cannot be reused.
      const close = hasBody && !req.complete ? { connection: "close" } : {};
      res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...close });
      if (response.body && req.method !== "HEAD") Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
      else res.end();
    } catch (error) {
      console.error("[serve-app-routes]", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
