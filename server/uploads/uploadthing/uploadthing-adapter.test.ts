import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUploadthingAdapter } from "./create-uploadthing-adapter";

// A fake of uploadthing's REST API (a third-party service this CI cannot reach).
describe("uploadthing adapter against a fake uploadthing", () => {
  let server: http.Server;
  let apiUrl: string;
  const seen: { path?: string; apiKey?: string; body?: Record<string, unknown> }[] = [];
  const token = Buffer.from(JSON.stringify({ apiKey: "sk_test_123", appId: "app42", regions: ["sea1"] })).toString("base64");

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        seen.push({ path: req.url, apiKey: req.headers["x-uploadthing-api-key"] as string, body: JSON.parse(body) as Record<string, unknown> });
        if (req.headers["x-uploadthing-api-key"] !== "sk_test_123") return res.writeHead(401).end();
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ key: "file-key-1", url: "https://sea1.ingest.uploadthing.com/file-key-1?signature=x" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("asks uploadthing for a presigned upload with the token's API key and derives the file URL", async () => {
    const adapter = createUploadthingAdapter({ token, apiUrl });
    const prepared = await adapter.prepareUpload({ name: "clip.mp4", size: 1234, type: "video/mp4" });
    expect(prepared).toEqual({ key: "file-key-1", uploadUrl: "https://sea1.ingest.uploadthing.com/file-key-1?signature=x", fileUrl: "https://app42.ufs.sh/f/file-key-1" });
    expect(seen.at(-1)).toMatchObject({ path: "/v7/prepareUpload", apiKey: "sk_test_123", body: { fileName: "clip.mp4", fileSize: 1234, fileType: "video/mp4" } });
  });

  it("reports a refused or malformed token clearly", async () => {
    const wrong = Buffer.from(JSON.stringify({ apiKey: "sk_wrong", appId: "app42" })).toString("base64");
    await expect(createUploadthingAdapter({ token: wrong, apiUrl }).prepareUpload({ name: "a", size: 1, type: "" })).rejects.toThrow("uploadthing refused the upload (HTTP 401)");
    expect(() => createUploadthingAdapter({ token: "not-a-token" })).toThrow(/UPLOADTHING_TOKEN is not a valid uploadthing token/);
  });
});
