import { randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError, notFound } from "@/server/errors";
import { assertStorageKey } from "./assert-storage-key";
import { guessContentType } from "./guess-content-type";
import type { ListedObject, Storage, StoredObject } from "./storage";

const PARTIAL_DIR = ".partial";

/**
 * Storage on local disk under `root`. Writes go to `root/.partial` and are renamed into place, so a
 * reader never sees half an object. Content types follow the key's extension.
 */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  const fileOf = (key: string, prefix = false) => {
    assertStorageKey(key, { prefix });
    const file = path.resolve(base, key);
    // Belt and braces: validation already forbids "..", but never touch anything outside the root.
    if (file !== base && !file.startsWith(base + path.sep)) {
      throw new AppError({ code: "invalid_parameters", message: "Invalid storage key: outside the storage root" });
    }
    return file;
  };
  const describe = (key: string, stat: fs.Stats): StoredObject => ({
    key,
    size: stat.size,
    etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    lastModified: stat.mtime,
    contentType: guessContentType(key),
  });
  const statOf = (file: string) => fsp.stat(file).then((s) => (s.isFile() ? s : null), () => null);

  async function walk(dir: string, found: string[]): Promise<void> {
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, found);
      else if (entry.isFile()) found.push(full);
    }
  }

  const storage: Storage = {
    driver: "local",
    async put(key, body) {
      const file = fileOf(key);
      const partial = path.join(base, PARTIAL_DIR, randomBytes(8).toString("hex"));
      await fsp.mkdir(path.dirname(partial), { recursive: true });
      try {
        if (typeof body === "object" && "file" in body) await fsp.copyFile(body.file, partial);
        else if (body instanceof Readable) await pipeline(body, fs.createWriteStream(partial));
        else await fsp.writeFile(partial, body);
        await fsp.mkdir(path.dirname(file), { recursive: true });
        await fsp.rename(partial, file);
      } finally {
        await fsp.rm(partial, { force: true });
      }
      return describe(key, await fsp.stat(file));
    },
    async get(key, options = {}) {
      const file = fileOf(key);
      const stat = await statOf(file);
      if (!stat) throw notFound("Object");
      const object = describe(key, stat);
      const range = options.range;
      if (!range) return { ...object, body: fs.createReadStream(file), size: stat.size, totalSize: stat.size, range: null };
      const end = Math.min(range.end ?? stat.size - 1, stat.size - 1);
      if (range.start < 0 || range.start >= stat.size || end < range.start) {
        throw new AppError({ code: "invalid_parameters", message: "Requested range not satisfiable" });
      }
      const body = fs.createReadStream(file, { start: range.start, end });
      return { ...object, body, size: end - range.start + 1, totalSize: stat.size, range: { start: range.start, end } };
    },
    async head(key) {
      const stat = await statOf(fileOf(key));
      return stat ? describe(key, stat) : null;
    },
    async delete(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
    async deletePrefix(prefix) {
      if (!prefix) throw new AppError({ code: "invalid_parameters", message: "Refusing to delete with an empty prefix" });
      const objects = await storage.list(prefix);
      await Promise.all(objects.map((o) => fsp.rm(fileOf(o.key), { force: true })));
      return objects.length;
    },
    async list(prefix) {
      const start = prefix.endsWith("/") || !prefix ? fileOf(prefix, true) : path.dirname(fileOf(prefix, true));
      const files: string[] = [];
      await walk(start, files);
      const listed: StoredObject[] = [];
      for (const file of files) {
        const key = path.relative(base, file).split(path.sep).join("/");
        if (!key.startsWith(prefix)) continue;
        const stat = await statOf(file);
        if (stat) listed.push(describe(key, stat));
      }
      return listed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ contentType: _, ...o }): ListedObject => o);
    },
    async withLocalFile(key, fn) {
      const file = fileOf(key);
      if (!(await statOf(file))) throw notFound("Object");
      return fn(file);
    },
  };
  return storage;
}
