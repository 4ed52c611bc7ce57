import { randomBytes } from "node:crypto";
import { text } from "node:stream/consumers";
import { getStorage } from "@/server/storage/get-storage";

/** Storage takes a small probe object, returns it intact and deletes it. */
export async function checkStorage(): Promise<string> {
  const storage = getStorage();
  const key = `health/probe-${randomBytes(6).toString("hex")}.txt`;
  const body = `keyframe health ${Date.now()}`;
  await storage.put(key, body);
  try {
    const read = await text((await storage.get(key)).body);
    return read === body ? "ok" : "read back different bytes";
  } finally {
    await storage.delete(key);
  }
}
