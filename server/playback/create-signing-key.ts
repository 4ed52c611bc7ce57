import { generateKeyPairSync } from "node:crypto";
import { getDb } from "@/server/db/client";
import { signingKeys } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { serializeSigningKey } from "./serialize-signing-key";

/**
 * Makes an RS256 key pair for signed playback. Only the public key is stored; the private key is
 * returned once, base64-encoded PEM as Mux returns it, and cannot be shown again.
 */
export async function createSigningKey(input: { workspaceId: string }) {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const db = await getDb();
  const [row] = await db.insert(signingKeys).values({ id: newId(), workspaceId: input.workspaceId, publicKey }).returning();
  return { ...serializeSigningKey(row!), private_key: Buffer.from(privateKey).toString("base64") };
}
