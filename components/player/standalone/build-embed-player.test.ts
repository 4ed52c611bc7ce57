import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildEmbedPlayer } from "./build-embed-player";

describe("buildEmbedPlayer", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "keyframe-embed-player-"));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("writes a light and a full module, content-hashed, each with its .br and .gz, and a manifest", () => {
    const manifest = buildEmbedPlayer(path.resolve(import.meta.dirname, "../../.."), out);
    expect(JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))).toEqual(manifest);
    const read = (name: string) => fs.readFileSync(path.join(out, name));
    for (const [variant, name] of Object.entries(manifest)) {
      expect(name).toMatch(new RegExp(`^keyframe-player-${variant}-[0-9a-f]{12}\\.js$`));
      const code = read(name);
      expect(brotliDecompressSync(read(`${name}.br`)).equals(code)).toBe(true);
      expect(gunzipSync(read(`${name}.gz`)).equals(code)).toBe(true);
      expect(code.toString()).toContain('"keyframe-player"');
      // No React or console code: the module is the element, the core, the tracker and hls.js.
      expect(code.toString()).not.toMatch(/react\.transitional\.element|QueryClientProvider|next-auth/);
    }
    // Subtitles and alternate audio only in the full build.
    expect(read(manifest.full).toString()).toContain("subtitle-stream-controller");
    expect(read(manifest.light).toString()).not.toContain("subtitle-stream-controller");
    expect(read(manifest.light).length).toBeLessThan(read(manifest.full).length * 0.7);
  });
});
