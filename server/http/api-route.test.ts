import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as assetsRoute from "@/app/video/v1/assets/route";
import * as whoamiRoute from "@/app/system/v1/whoami/route";
import { createAccessToken } from "@/server/auth/create-access-token";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  Object.assign(process.env, { INNGEST_BASE_URL: `http://127.0.0.1:${port}`, API_RATE_LIMIT: "5", API_RATE_LIMIT_WINDOW_SECONDS: "3600" });
  return port;
});

const ctx = { params: Promise.resolve({}) };
type Body = { data?: { id: string }; error?: { type: string; messages: string[] } };

describe.each(testDatabaseKinds())("apiRoute: rate limits and idempotency on %s", (kind) => {
  let test: TestDatabase;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;
  let workspaceId: string;
  const basic = (t: { id: string; secret: string }) => `Basic ${Buffer.from(`${t.id}:${t.secret}`).toString("base64")}`;
  const token = async (name: string) => basic(await createAccessToken({ workspaceId, name, videoWrite: true }));
  const post = (auth: string, body: unknown, key?: string) =>
    assetsRoute.POST(
      new Request("http://localhost/video/v1/assets", {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
        body: JSON.stringify(body),
      }),
      ctx,
    );

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "api-route" })).id;
  });
  afterAll(async () => {
    await test.close();
    await recorder.close();
  });

  it("counts requests per token in the database, sends RateLimit-* headers, and answers 429 with Retry-After past the limit", async () => {
    const [a, b] = [await token("a"), await token("b")];
    const whoami = (auth: string) => whoamiRoute.GET(new Request("http://localhost/system/v1/whoami", { headers: { authorization: auth } }), ctx);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await whoami(a);
      expect(res.status).toBe(200);
      seen.push(res.headers.get("ratelimit-remaining")!);
      expect(res.headers.get("ratelimit-limit")).toBe("5");
    }
    expect(seen).toEqual(["4", "3", "2", "1", "0"]);
    const limited = await whoami(a);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as Body).error).toMatchObject({ type: "rate_limited" });
    expect((await whoami(b)).status).toBe(200);
  });

  it("replays the first response for a repeated Idempotency-Key and refuses the key with another body", async () => {
    const auth = await token("idem");
    const body = { inputs: [{ url: "https://example.com/a.mp4" }], passthrough: "idem" };
    const first = await post(auth, body, "key-1");
    expect(first.status).toBe(201);
    const created = ((await first.json()) as Body).data!;
    const again = await post(auth, body, "key-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as Body).data!.id).toBe(created.id);
    expect(recorder.named("video/asset.created").filter((e) => e.data.assetId === created.id)).toHaveLength(1);

    const other = await post(auth, { ...body, passthrough: "changed" }, "key-1");
    expect(other.status).toBe(409);
    expect(((await other.json()) as Body).error!.messages[0]).toMatch(/different request/);

    const invalid = await post(auth, { nope: true }, "key-2");
    expect(invalid.status).toBe(400);
    expect((await post(auth, { nope: true }, "key-2")).headers.get("idempotent-replayed")).toBe("true");
    // Keys are per token (and this one has used its 5 requests): another token's key-1 is its own.
    const fresh = await post(await token("idem-2"), body, "key-1");
    expect(((await fresh.json()) as Body).data!.id).not.toBe(created.id);
  });
});
