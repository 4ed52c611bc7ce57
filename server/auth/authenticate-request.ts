import { timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { accessTokens } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { hashTokenSecret } from "./hash-token-secret";
import type { TokenPermission } from "./schemas";

export interface ApiPrincipal {
  tokenId: string;
  workspaceId: string;
  permissions: Record<TokenPermission, boolean>;
}

const unauthorized = (message: string) => new AppError({ code: "unauthorized", message });

/** HTTP Basic auth with an access token id and secret, as Mux's API and SDKs use it. */
export async function authenticateRequest(headers: Headers, need?: TokenPermission): Promise<ApiPrincipal> {
  const header = headers.get("authorization") ?? "";
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) throw unauthorized("Authenticate with HTTP Basic auth: your access token id and secret");
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const id = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (colon < 1 || !secret) throw unauthorized("Authenticate with HTTP Basic auth: your access token id and secret");

  const db = await getDb();
  const token = await db.query.accessTokens.findFirst({ where: eq(accessTokens.id, id) }).catch(() => undefined);
  const given = Buffer.from(hashTokenSecret(secret));
  const stored = Buffer.from(token?.secretHash ?? "");
  const ok = token && given.length === stored.length && timingSafeEqual(given, stored);
  if (!token || !ok || token.revokedAt) throw unauthorized("Invalid access token id or secret");

  const permissions = { videoRead: token.videoRead, videoWrite: token.videoWrite, dataRead: token.dataRead, system: token.system };
  if (need && !permissions[need]) {
    throw new AppError({ code: "forbidden", message: `This access token lacks the ${need} permission` });
  }
  // Last-used is informational; a minute's precision saves a write per request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    void db.update(accessTokens).set({ lastUsedAt: sql`now()` }).where(eq(accessTokens.id, id)).catch(() => undefined);
  }
  return { tokenId: token.id, workspaceId: token.workspaceId, permissions };
}
