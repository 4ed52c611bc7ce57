import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as whoami } from "@/app/system/v1/whoami/route";
import { createCaller } from "@/server/api/root";
import { createAccessToken } from "@/server/auth/create-access-token";
import { revokeAccessToken } from "@/server/auth/revoke-access-token";
import { useTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/test-database";
import { addFirstAdmin } from "./add-first-admin";
import { addWorkspaceMember } from "./add-workspace-member";
import { createWorkspace } from "./create-workspace";
import { ensureDefaultSetup } from "./ensure-default-setup";

const callerFor = (user: { id: string; isOperator?: boolean }) =>
  createCaller({ session: { user: { id: user.id, isOperator: user.isOperator ?? false }, expires: "2999-01-01" }, headers: new Headers() });

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}` });
const callWhoami = (headers: Record<string, string>) =>
  whoami(new Request("http://localhost/system/v1/whoami", { headers }), { params: Promise.resolve({}) });

async function trpcCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe.each(testDatabaseKinds())("tenancy on %s", (kind) => {
  let test: TestDatabase;
  let admin: { id: string };
  let member: { userId: string };
  let workspaceA: { id: string };
  let workspaceB: { id: string };

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    const org = await ensureDefaultSetup();
    admin = await addFirstAdmin({ email: "admin@example.com", password: "admin-password" });
    workspaceA = await createWorkspace({ organizationId: org.id, name: "A", createdByUserId: admin.id });
    workspaceB = await createWorkspace({ organizationId: org.id, name: "B", createdByUserId: admin.id });
    member = await addWorkspaceMember({ workspaceId: workspaceA.id, email: "member@example.com", password: "member-password" });
  });
  afterAll(() => test.close());

  it("shows a member only their own workspaces", async () => {
    const list = await callerFor({ id: member.userId }).workspaces.list();
    expect(list.map((w) => w.id)).toEqual([workspaceA.id]);
  });

  it("hides another workspace's data from a member over tRPC", async () => {
    const caller = callerFor({ id: member.userId });
    expect(await trpcCode(caller.workspaces.get({ workspaceId: workspaceB.id }))).toBe("NOT_FOUND");
    expect(await trpcCode(caller.accessTokens.list({ workspaceId: workspaceB.id }))).toBe("NOT_FOUND");
    expect(await trpcCode(caller.workspaces.members({ workspaceId: workspaceB.id }))).toBe("NOT_FOUND");
    expect(await trpcCode(caller.accessTokens.list({ workspaceId: workspaceA.id }))).toBe("OK");
  });

  it("lets only admins create tokens, and only admins of the organization create workspaces", async () => {
    const caller = callerFor({ id: member.userId });
    expect(await trpcCode(caller.accessTokens.create({ workspaceId: workspaceA.id, name: "x" }))).toBe("FORBIDDEN");
    const orgId = (await callerFor(admin).workspaces.organizations())[0]!.id;
    expect(await trpcCode(caller.workspaces.create({ organizationId: orgId, name: "Mine" }))).toBe("FORBIDDEN");
    const created = await callerFor(admin).accessTokens.create({ workspaceId: workspaceA.id, name: "ci" });
    expect(created.secret).toHaveLength(48);
  });

  it("rejects signed-out callers", async () => {
    const anonymous = createCaller({ session: null, headers: new Headers() });
    expect(await trpcCode(anonymous.workspaces.list())).toBe("UNAUTHORIZED");
  });

  it("authenticates API tokens to their own workspace and refuses bad ones with a JSON error", async () => {
    const token = await createAccessToken({ workspaceId: workspaceB.id, name: "api" });
    const ok = await callWhoami(basic(token.id, token.secret));
    expect(ok.status).toBe(200);
    expect((await ok.json()).data).toMatchObject({ access_token_id: token.id, workspace_id: workspaceB.id });

    const wrong = await callWhoami(basic(token.id, `${token.secret}x`));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { type: "unauthorized", messages: ["Invalid access token id or secret"] } });

    const none = await callWhoami({});
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Basic");

    await revokeAccessToken({ workspaceId: workspaceB.id, tokenId: token.id });
    expect((await callWhoami(basic(token.id, token.secret))).status).toBe(401);
  });

  it("cannot revoke another workspace's token", async () => {
    const token = await createAccessToken({ workspaceId: workspaceB.id, name: "other" });
    await expect(revokeAccessToken({ workspaceId: workspaceA.id, tokenId: token.id })).rejects.toThrow(/not found/);
    expect((await callWhoami(basic(token.id, token.secret))).status).toBe(200);
  });
});
