import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { useStorage } from "@/server/storage/get-storage";
import type { Storage } from "@/server/storage/storage";
import { assertPublicUrl } from "./assert-public-url";
import { classifyAddress } from "./classify-address";
import { fetchInputToStorage } from "./fetch-input-to-storage";

const payload = Buffer.from(Buffer.alloc(300_000, 0).map((_, i) => (i * 7919) % 251));
const sha = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("fetchInputToStorage", () => {
  let dir: string;
  let storage: Storage;
  let server: http.Server;
  let base: string;
  const hits: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-ingest-"));
    storage = createLocalStorage(path.join(dir, "storage"));
    useStorage(storage);
    server = http.createServer((req, res) => {
      const url = new URL(req.url!, "http://x");
      hits.push(url.pathname);
      const hop = /^\/hops\/(\d+)$/.exec(url.pathname);
      if (url.pathname === "/clip.mp4") res.writeHead(200, { "content-type": "video/mp4", "content-length": payload.length }).end(payload);
      else if (hop) res.writeHead(302, { location: Number(hop[1]) > 0 ? `/hops/${Number(hop[1]) - 1}` : "/clip.mp4" }).end();
      else if (url.pathname === "/to-private") res.writeHead(302, { location: "http://10.0.0.5/secret" }).end();
      else if (url.pathname === "/to-metadata") res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      else if (url.pathname === "/to-internal-host") res.writeHead(307, { location: `http://internal.test:${(server.address() as AddressInfo).port}/clip.mp4` }).end();
      else if (url.pathname === "/big-declared") res.writeHead(200, { "content-length": 10_000_000 }).end();
      else if (url.pathname === "/big-streamed") {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        for (let i = 0; i < 20; i++) res.write(Buffer.alloc(64 * 1024));
        res.end();
      } else if (url.pathname === "/hang") res.writeHead(200, { "content-length": 100 }).write("x");
      else res.writeHead(404).end("nope");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const stored = async (key: string) => Buffer.concat(await (await storage.get(key)).body.toArray());
  // The local test server stands in for a public host; everything else is judged as in production.
  const localIsPublic = (ip: string) => (ip === "127.0.0.1" ? null : classifyAddress(ip));

  it("streams an http input into storage byte for byte when private URLs are allowed", async () => {
    const result = await fetchInputToStorage({ url: `${base}/clip.mp4`, key: "assets/a1/source", allowPrivate: true });
    expect(result).toEqual({ size: payload.length, contentType: "video/mp4" });
    expect(sha(await stored("assets/a1/source"))).toBe(sha(payload));
  });

  it("refuses loopback, private, link-local and IPv6 loopback addresses without connecting", async () => {
    const before = hits.length;
    const cases: [string, RegExp][] = [
      [`${base}/clip.mp4`, /resolves to a loopback address 127\.0\.0\.1; set INGEST_ALLOW_PRIVATE_URLS=true to allow it/],
      ["http://10.0.0.5/clip.mp4", /a private address 10\.0\.0\.5; set INGEST_ALLOW_PRIVATE_URLS=true/],
      ["http://169.254.169.254/latest/meta-data/", /a link-local address 169\.254\.169\.254/],
      ["http://[::1]:1/clip.mp4", /a loopback address ::1/],
      ["http://[::ffff:10.0.0.5]/x", /a private address/],
      ["http://100.64.0.1/x", /a CGNAT address 100\.64\.0\.1/],
      ["http://0.0.0.0/x", /an unspecified address/],
    ];
    for (const [url, message] of cases) {
      await expect(fetchInputToStorage({ url, key: "assets/a2/source", allowPrivate: false })).rejects.toThrow(message);
    }
    expect(hits.length).toBe(before);
    expect(await storage.head("assets/a2/source")).toBeNull();
  });

  it("refuses a hostname whose DNS answer is private", async () => {
    const resolveHost = async () => [{ address: "192.168.1.20", family: 4 as const }];
    await expect(assertPublicUrl("http://nas.example.com/x", { allowPrivate: false, resolveHost })).rejects.toThrow(
      /resolves to a private address 192\.168\.1\.20/,
    );
    await expect(assertPublicUrl("http://localhost:1/x", { allowPrivate: false })).rejects.toThrow(/loopback address/);
    await expect(assertPublicUrl("file:///etc/passwd")).rejects.toThrow(/scheme file: is not supported/);
  });

  it("checks every redirect hop: a public host that redirects to a private one is refused", async () => {
    const resolveHost = async (host: string) => [{ address: host === "internal.test" ? "10.1.2.3" : "127.0.0.1", family: 4 as const }];
    const guard = { allowPrivate: false, classify: localIsPublic, resolveHost };
    // Sanity: the guard lets the stand-in public host through.
    await expect(fetchInputToStorage({ url: `${base}/clip.mp4`, key: "assets/a3/source", ...guard })).resolves.toMatchObject({ size: payload.length });
    const before = hits.length;
    await expect(fetchInputToStorage({ url: `${base}/to-private`, key: "assets/a4/source", ...guard })).rejects.toThrow(/private address 10\.0\.0\.5/);
    await expect(fetchInputToStorage({ url: `${base}/to-metadata`, key: "assets/a4/source", ...guard })).rejects.toThrow(/link-local address 169\.254\.169\.254/);
    await expect(fetchInputToStorage({ url: `${base}/to-internal-host`, key: "assets/a4/source", ...guard })).rejects.toThrow(/private address 10\.1\.2\.3/);
    expect(hits.slice(before)).toEqual(["/to-private", "/to-metadata", "/to-internal-host"]);
    // The same redirect is followed once private URLs are allowed.
    const toLocal = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const resolved = await fetchInputToStorage({ url: `${base}/to-internal-host`, key: "assets/a5/source", allowPrivate: true, resolveHost: toLocal });
    expect(resolved.size).toBe(payload.length);
  });

  it("follows 5 redirects and refuses the 6th", async () => {
    const five = await fetchInputToStorage({ url: `${base}/hops/4`, key: "assets/a6/source", allowPrivate: true });
    expect(five.size).toBe(payload.length);
    await expect(fetchInputToStorage({ url: `${base}/hops/5`, key: "assets/a7/source", allowPrivate: true })).rejects.toThrow(
      "input URL redirected more than 5 times",
    );
    expect(await storage.head("assets/a7/source")).toBeNull();
  });

  it("caps the size on Content-Length and while streaming, keeping nothing", async () => {
    await expect(fetchInputToStorage({ url: `${base}/big-declared`, key: "assets/a8/source", allowPrivate: true, maxBytes: 1024 * 1024 })).rejects.toThrow(
      "input is larger than the 1 MiB limit",
    );
    await expect(fetchInputToStorage({ url: `${base}/big-streamed`, key: "assets/a8/source", allowPrivate: true, maxBytes: 1024 * 1024 })).rejects.toThrow(
      "input is larger than the 1 MiB limit",
    );
    expect(await storage.head("assets/a8/source")).toBeNull();
    expect((await storage.list("")).filter((o) => o.key.startsWith("assets/a8"))).toEqual([]);
  });

  it("reports HTTP errors and stalls in words a user can act on", async () => {
    await expect(fetchInputToStorage({ url: `${base}/missing.mp4`, key: "assets/a9/source", allowPrivate: true })).rejects.toThrow("input URL answered HTTP 404");
    await expect(fetchInputToStorage({ url: `${base}/hang`, key: "assets/a9/source", allowPrivate: true, timeoutMs: 300 })).rejects.toThrow(
      /did not answer within|the input transfer failed/,
    );
    await expect(fetchInputToStorage({ url: "http://127.0.0.1:1/x", key: "assets/a9/source", allowPrivate: true })).rejects.toThrow(
      "could not connect to 127.0.0.1:1: connection refused",
    );
  });

  // s3rver is a fake of the third-party S3 service (a real S3 cannot be reached from tests).
  it("reads s3://bucket/key inputs with the configured S3 credentials", async () => {
    const s3 = new S3rver({ port: 0, address: "127.0.0.1", directory: path.join(dir, "s3rver"), silent: true });
    const { port } = await s3.run();
    const config = {
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    };
    try {
      const admin = new S3Client(config);
      await admin.send(new CreateBucketCommand({ Bucket: "inputs" }));
      await admin.send(new PutObjectCommand({ Bucket: "inputs", Key: "folder/clip one.mp4", Body: payload, ContentType: "video/mp4" }));
      admin.destroy();
      const result = await fetchInputToStorage({ url: "s3://inputs/folder/clip%20one.mp4", key: "assets/a10/source", s3: config });
      expect(result.size).toBe(payload.length);
      expect(sha(await stored("assets/a10/source"))).toBe(sha(payload));
      await expect(fetchInputToStorage({ url: "s3://inputs/nope.mp4", key: "assets/a11/source", s3: config })).rejects.toThrow(
        "input s3://inputs/nope.mp4 does not exist",
      );
    } finally {
      await s3.close();
    }
  });
});
