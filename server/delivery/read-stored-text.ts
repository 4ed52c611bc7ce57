import { getStorage } from "@/server/storage/get-storage";

/** A small stored text object (a playlist), or null when it does not exist (yet). */
export async function readStoredText(key: string): Promise<string | null> {
  const storage = getStorage();
  if (!(await storage.head(key))) return null;
  const object = await storage.get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
