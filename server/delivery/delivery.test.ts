import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as imageRoute } from "@/app/image/[playbackId]/[file]/route";
import { GET as streamFileRoute } from "@/app/stream/[playbackId]/[...path]/route";
import { GET as masterRoute } from "@/app/stream/[playbackId]/route";
import { POST as createKeyRoute, GET as listKeysRoute } from "@/app/system/v1/signing-keys/route";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import { createAccessToken } from "@/server/auth/create-access-token";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { runFfmpegJob } from "@/server/media/ffmpeg/run-ffmpeg-job";
import { createPlaybackId } from "@/server/playback/create-playback-id";
import { createPlaybackRestriction } from "@/server/playback/create-playback-restriction";
import { createSigningKey } from "@/server/playback/create-signing-key";
import { deletePlaybackId } from "@/server/playback/delete-playback-id";
import { signPlaybackToken } from "@/server/playback/sign-playback-token";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { getStorage, useStorage } from "@/server/storage/get-storage";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { createPlayableAsset } from "./testing/create-playable-asset";
import { startTestWorker } from "./testing/start-test-worker";

/** Calls the route handler Next would route `pathAndQuery` to. */
async function fetchDelivery(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const req = new Request(`http://localhost${pathAndQuery}`, { headers });
  const parts = new URL(req.url).pathname.split("/").filter(Boolean);
  if (parts[0] === "image") return imageRoute(req, { params: Promise.resolve({ playbackId: parts[1]!, file: parts[2]! }) });
  if (parts.length === 2) return masterRoute(req, { params: Promise.resolve({ playbackId: parts[1]! }) });
  return streamFileRoute(req, { params: Promise.resolve({ playbackId: parts[1]!, path: parts.slice(2) }) });
}

const childUris = (playlist: string) => playlist.split("\n").filter((l) => l && !l.startsWith("#"));
const initUri = (playlist: string) => /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist)![1]!;
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe.each(testDatabaseKinds())("playback delivery on %s", (kind) => {
  let db: TestDatabase;
  let dataDir: string;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let publicId: string;
  let signedId: string;
  let assetId: string;
  let key: Awaited<ReturnType<typeof createSigningKey>>;
  let otherKey: Awaited<ReturnType<typeof createSigningKey>>;
  const sign = (aud: "v" | "t" | "g" | "s", extra: Partial<Parameters<typeof signPlaybackToken>[0]> = {}) =>
    signPlaybackToken({ keyId: key.id, privateKey: key.private_key, playbackId: signedId, audience: aud, ...extra });

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-delivery-"));
    useStorage(createLocalStorage(path.join(dataDir, "storage")));
    worker = await startTestWorker({ databaseUrl: db.url, dataDir });
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "Delivery" })).id;
    otherWorkspaceId = (await createWorkspace({ organizationId: org.id, name: "Other" })).id;
    const asset = await createPlayableAsset({ workspaceId, policies: ["public", "signed"], durationSeconds: 3 });
    assetId = asset.assetId;
    publicId = asset.playbackIds.find((p) => p.policy === "public")!.id;
    signedId = asset.playbackIds.find((p) => p.policy === "signed")!.id;
    key = await createSigningKey({ workspaceId });
    otherKey = await createSigningKey({ workspaceId: otherWorkspaceId });
  });

  afterAll(async () => {
    await worker?.stop();
    await db?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves a public master listing every rendition under /stream/{id}/, with caching and CORS", async () => {
    const res = await fetchDelivery(`/stream/${publicId}.m3u8`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const master = await res.text();
    expect(master).toContain("#EXT-X-STREAM-INF:");
    expect(childUris(master)).toEqual([`/stream/${publicId}/360p/index.m3u8`, `/stream/${publicId}/270p/index.m3u8`, `/stream/${publicId}/180p/index.m3u8`]);

    const rendition = await fetchDelivery(childUris(master)[0]!);
    expect(rendition.status).toBe(200);
    const playlist = await rendition.text();
    expect(initUri(playlist)).toMatch(/^init[\w]*\.mp4$/);
    const segment = childUris(playlist)[0]!;
    const seg = await fetchDelivery(`/stream/${publicId}/360p/${segment}`);
    expect(seg.status).toBe(200);
    expect(seg.headers.get("content-type")).toBe("video/iso.segment");
    expect(seg.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const stored = fs.readFileSync(path.join(dataDir, "storage", assetStorageKeys.hlsRendition(assetId, "360p"), segment));
    expect((await bytes(seg)).equals(stored)).toBe(true);
    const init = await fetchDelivery(`/stream/${publicId}/360p/${initUri(playlist)}`);
    expect(init.headers.get("content-type")).toBe("video/mp4");
    expect((await bytes(init)).subarray(4, 8).toString()).toBe("ftyp");
  });

  it("answers 304 to a matching If-None-Match on playlists and segments", async () => {
    const segment = childUris(await (await fetchDelivery(`/stream/${publicId}/180p/index.m3u8`)).text())[0]!;
    for (const url of [`/stream/${publicId}.m3u8`, `/stream/${publicId}/180p/index.m3u8`, `/stream/${publicId}/180p/${segment}`]) {
      const first = await fetchDelivery(url);
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      const again = await fetchDelivery(url, { "if-none-match": etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect((await fetchDelivery(url, { "if-none-match": '"other"' })).status).toBe(200);
    }
  });

  it("stops serving a playback ID as soon as it is deleted", async () => {
    const extra = await createPlaybackId({ workspaceId, assetId, body: { policy: "public" } });
    expect((await fetchDelivery(`/stream/${extra.id}.m3u8`)).status).toBe(200);
    await deletePlaybackId({ workspaceId, assetId, playbackId: extra.id });
    expect((await fetchDelivery(`/stream/${extra.id}.m3u8`)).status).toBe(404);
    expect((await fetchDelivery(`/stream/${extra.id}/180p/index.m3u8`)).status).toBe(404);
    expect((await fetchDelivery(`/stream/doesnotexist123.m3u8`)).status).toBe(404);
  });

  it("verifies signed playback tokens: only a valid one for this ID, audience and workspace passes", async () => {
    const master = (token?: string) => fetchDelivery(`/stream/${signedId}.m3u8${token ? `?token=${token}` : ""}`);
    const valid = await master(sign("v"));
    expect(valid.status).toBe(200);
    expect(valid.headers.get("cache-control")).toMatch(/^private/);

    const foreignPem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const [h, p, s] = sign("v").split(".");
    const tampered = `${h}.${Buffer.from(JSON.stringify({ sub: publicId, aud: "v", exp: 4102444800 })).toString("base64url")}.${s}`;
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      expired: sign("v", { expiresInSeconds: -10 }),
      "wrong audience": sign("t"),
      "wrong key": signPlaybackToken({ keyId: key.id, privateKey: foreignPem, playbackId: signedId, audience: "v" }),
      "another workspace's key": signPlaybackToken({ keyId: otherKey.id, privateKey: otherKey.private_key, playbackId: signedId, audience: "v" }),
      "another playback id": signPlaybackToken({ keyId: key.id, privateKey: key.private_key, playbackId: publicId, audience: "v" }),
      tampered,
      garbage: `${h}.${p}`,
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await master(token);
      expect({ name, status: res.status }).toEqual({ name, status: 403 });
      const body = (await res.json()) as { error: { messages: string[] } };
      expect(body.error.messages[0]).toMatch(/token/i);
    }
    expect(((await (await master(cases.expired)).json()) as { error: { messages: string[] } }).error.messages[0]).toBe("Playback token expired");
    expect((await fetchDelivery(`/image/${signedId}/thumbnail.jpg?token=${sign("v")}`)).status).toBe(403);
  });

  it("lets a playback session through to child playlists and segments of its own ID, and nothing else", async () => {
    const master = await (await fetchDelivery(`/stream/${signedId}.m3u8?token=${sign("v")}`)).text();
    const child = childUris(master)[0]!;
    expect(child).toMatch(new RegExp(`^/stream/${signedId}/360p/index\\.m3u8\\?session=[\\w.-]+$`));
    const session = new URL(child, "http://x").searchParams.get("session")!;

    const playlist = await fetchDelivery(child);
    expect(playlist.status).toBe(200);
    const body = await playlist.text();
    expect(initUri(body)).toMatch(new RegExp(`^init\\w*\\.mp4\\?session=${session}$`));
    expect((await fetchDelivery(`/stream/${signedId}/360p/${initUri(body)}`)).status).toBe(200);
    const segment = childUris(body)[0]!;
    expect(segment).toContain(`?session=${session}`);
    expect((await fetchDelivery(`/stream/${signedId}/360p/${segment}`)).status).toBe(200);

    expect((await fetchDelivery(`/stream/${signedId}/360p/${segment.split("?")[0]}`)).status).toBe(403);
    expect((await fetchDelivery(`/stream/${signedId}/360p/index.m3u8`)).status).toBe(403);
    expect((await fetchDelivery(`/stream/${signedId}.m3u8?session=${session}`)).status).toBe(403);
    expect((await fetchDelivery(`/image/${signedId}/thumbnail.jpg?session=${session}`)).status).toBe(403);
    expect((await fetchDelivery(`/stream/${signedId}/360p/${segment.split("?")[0]}?session=${session.slice(0, -2)}xx`)).status).toBe(403);
    const other = await createPlaybackId({ workspaceId, assetId, body: { policy: "signed" } });
    expect((await fetchDelivery(`/stream/${other.id}/360p/${segment.split("?")[0]}?session=${session}`)).status).toBe(403);
  });

  it("enforces referrer and user-agent restrictions named by the token, on the session too", async () => {
    const restriction = await createPlaybackRestriction({
      workspaceId,
      body: { referrer: { allowed_domains: ["*.example.com"] }, user_agent: { allow_high_risk_user_agent: false } },
    });
    const token = sign("v", { claims: { playback_restriction_id: restriction.id } });
    const browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";
    const at = (headers: Record<string, string>) => fetchDelivery(`/stream/${signedId}.m3u8?token=${token}`, headers);
    const allowed = await at({ referer: "https://app.example.com/watch", "user-agent": browser });
    expect(allowed.status).toBe(200);
    expect((await at({ referer: "https://example.org/", "user-agent": browser })).status).toBe(403);
    expect((await at({ referer: "https://example.com/", "user-agent": browser })).status).toBe(403);
    expect((await at({ "user-agent": browser })).status).toBe(403);
    expect((await at({ referer: "https://app.example.com/", "user-agent": "curl/8.5.0" })).status).toBe(403);

    const child = childUris(await allowed.text())[0]!;
    expect((await fetchDelivery(child, { referer: "https://app.example.com/", "user-agent": browser })).status).toBe(200);
    expect((await fetchDelivery(child, { referer: "https://evil.test/", "user-agent": browser })).status).toBe(403);
  });

  it("serves static MP4 renditions with byte ranges (206, exact bytes) and 416 past the end", async () => {
    const file = path.join(dataDir, "static.mp4");
    await runFfmpegJob({ type: "lavfi-clip", output: file, durationSeconds: 1 });
    await getStorage().put(assetStorageKeys.mp4(assetId, "capped-1080p"), { file });
    await upsertRendition({ assetId, workspaceId, kind: "mp4", name: "capped-1080p", fields: { status: "ready", storageKey: assetStorageKeys.mp4(assetId, "capped-1080p") } });
    const whole = fs.readFileSync(file);
    const url = `/stream/${publicId}/capped-1080p.mp4`;

    const full = await fetchDelivery(url);
    expect(full.status).toBe(200);
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect((await bytes(full)).equals(whole)).toBe(true);
    const part = await fetchDelivery(url, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${whole.length}`);
    expect((await bytes(part)).equals(whole.subarray(100, 200))).toBe(true);
    const tail = await fetchDelivery(url, { range: "bytes=-50" });
    expect((await bytes(tail)).equals(whole.subarray(whole.length - 50))).toBe(true);
    const beyond = await fetchDelivery(url, { range: `bytes=${whole.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${whole.length}`);
    expect((await fetchDelivery(`/stream/${publicId}/low.mp4`)).status).toBe(404);
  });

  it("renders a thumbnail at a time and width in a worker, then serves it from the cache", async () => {
    const res = await fetchDelivery(`/image/${publicId}/thumbnail.png?time=1.5&width=120`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const file = path.join(dataDir, "thumb.png");
    fs.writeFileSync(file, await bytes(res));
    const probed = await runFfmpegJob({ type: "probe", input: file });
    expect(probed.video[0]).toMatchObject({ width: 120, height: 68 });

    const padded = await fetchDelivery(`/image/${publicId}/thumbnail.jpg?width=100&height=100&fit_mode=pad`);
    fs.writeFileSync(file, await bytes(padded));
    expect((await runFfmpegJob({ type: "probe", input: file })).video[0]).toMatchObject({ width: 100, height: 100 });

    const cached = await getStorage().list(`${assetStorageKeys.images(assetId)}cache/`);
    expect(cached.length).toBeGreaterThanOrEqual(2);
    const again = await fetchDelivery(`/image/${publicId}/thumbnail.png?time=1.5&width=120`);
    expect(again.headers.get("cache-control")).toBe("public, max-age=604800");

    const bad = await fetchDelivery(`/image/${publicId}/thumbnail.jpg?width=wide`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { messages: string[] } }).error.messages.join()).toContain("width must be a number");
    expect((await fetchDelivery(`/image/${publicId}/thumbnail.jpg?fit_mode=zoom`)).status).toBe(400);
    expect((await fetchDelivery(`/image/${signedId}/thumbnail.jpg?token=${sign("t")}&width=64`)).status).toBe(200);
  });

  it("answers 412 while an asset has nothing playable yet", async () => {
    const conn = await getDb();
    const id = newId();
    await conn.insert(assets).values({ id, workspaceId });
    const pid = await createPlaybackId({ workspaceId, assetId: id, body: {} });
    const res = await fetchDelivery(`/stream/${pid.id}.m3u8`);
    expect(res.status).toBe(412);
    expect(((await res.json()) as { error: { messages: string[] } }).error.messages[0]).toMatch(/preparing/);
  });

  it("creates signing keys whose private key is returned once and never listed", async () => {
    const token = await createAccessToken({ workspaceId, name: "sys", system: true });
    const auth = { authorization: `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}` };
    const created = await createKeyRoute(new Request("http://localhost/system/v1/signing-keys", { method: "POST", headers: auth }), { params: Promise.resolve({}) });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; private_key: string } };
    expect(Buffer.from(data.private_key, "base64").toString()).toContain("BEGIN RSA PRIVATE KEY");
    const listed = await listKeysRoute(new Request("http://localhost/system/v1/signing-keys", { headers: auth }), { params: Promise.resolve({}) });
    const list = (await listed.json()) as { data: Record<string, unknown>[] };
    expect(list.data.map((k) => k.id)).toContain(data.id);
    expect(JSON.stringify(list)).not.toContain("private");
    const signed = signPlaybackToken({ keyId: data.id, privateKey: data.private_key, playbackId: signedId, audience: "v" });
    expect((await fetchDelivery(`/stream/${signedId}.m3u8?token=${signed}`)).status).toBe(200);
  });
});
