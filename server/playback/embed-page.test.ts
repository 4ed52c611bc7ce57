import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { writeMasterPlaylist } from "@/server/encoding/write-master-playlist";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { useStorage } from "@/server/storage/get-storage";
import { chooseEmbedStart } from "./choose-embed-start";
import { findStartSegments } from "./find-start-segments";
import { parseEmbedParams } from "./parse-embed-params";
import { planEmbedPlayback } from "./plan-embed-playback";
import { renderEmbedPage } from "./render-embed-page";

const rung = (name: string, width: number, height: number, bitrate: number) => ({ name, width, height, frameRate: 30, codecs: "avc1.64001f,mp4a.40.2", peakBitrate: bitrate * 1.2, averageBitrate: bitrate });
const ladder = writeMasterPlaylist([rung("180p", 320, 180, 300_000), rung("1080p", 1920, 1080, 5_000_000), rung("360p", 640, 360, 900_000), rung("720p", 1280, 720, 2_500_000), rung("480p", 854, 480, 1_400_000)]);

describe("chooseEmbedStart", () => {
  it("starts on the middle rung up to 720p, by hls.js's index (levels sorted by height)", () => {
    // hls.js: 180p 0, 360p 1, 480p 2, 720p 3, 1080p 4; rungs ≤ 720p: 180p…720p → the lower middle, 360p.
    expect(chooseEmbedStart(ladder)).toEqual({ hls: "light", startLevel: 1, variantUri: "360p/index.m3u8" });
    expect(chooseEmbedStart(writeMasterPlaylist([rung("180p", 320, 180, 1), rung("270p", 480, 270, 2), rung("360p", 640, 360, 3)]))).toMatchObject({ startLevel: 1, variantUri: "270p/index.m3u8" });
  });

  it("asks for the full hls.js build when the master has audio or subtitle groups, captions or unknown tags", () => {
    const subtitles = ladder.replace("#EXT-X-INDEPENDENT-SEGMENTS", '#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",URI="subs/en.m3u8"').replaceAll("CODECS=", 'SUBTITLES="subs",CODECS=');
    expect(chooseEmbedStart(subtitles).hls).toBe("full");
    expect(chooseEmbedStart(ladder.replaceAll("CODECS=", 'CLOSED-CAPTIONS="cc",CODECS=')).hls).toBe("full");
    expect(chooseEmbedStart(ladder.replaceAll("CODECS=", "CLOSED-CAPTIONS=NONE,CODECS=")).hls).toBe("light");
    expect(chooseEmbedStart(`${ladder}#EXT-X-SESSION-KEY:METHOD=SAMPLE-AES,URI="skd://k"\n`).hls).toBe("full");
  });

  it("plays an audio-only master from its one variant", () => {
    expect(chooseEmbedStart('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=128000,CODECS="mp4a.40.2"\naudio/index.m3u8\n')).toEqual({ hls: "light", startLevel: 0, variantUri: "audio/index.m3u8" });
  });
});

describe("findStartSegments", () => {
  const playlist = '#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-MAP:URI="init.mp4"\n#EXTINF:4.000,\nseg0.m4s\n#EXTINF:4.000,\nseg1.m4s\n#EXTINF:2.000,\nseg2.m4s\n#EXT-X-ENDLIST\n';
  it("finds the init segment and the segment that holds the start time", () => {
    expect(findStartSegments(playlist)).toEqual({ init: "init.mp4", segment: "seg0.m4s" });
    expect(findStartSegments(playlist, 5)).toEqual({ init: "init.mp4", segment: "seg1.m4s" });
    expect(findStartSegments(playlist, 60)).toEqual({ init: "init.mp4", segment: null });
  });
});

describe("planEmbedPlayback", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-embed-plan-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const storage = createLocalStorage(dir);
  useStorage(storage);
  const rendition = '#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MAP:URI="init_1.mp4"\n#EXTINF:2.000,\nseg_00000.m4s\n#EXTINF:2.000,\nseg_00001.m4s\n#EXT-X-ENDLIST\n';

  it("inlines the public master and start playlist as /stream serves them and preloads the init and the segment at the start time", async () => {
    await storage.put(assetStorageKeys.hlsMaster("a1"), ladder);
    await storage.put(`${assetStorageKeys.hlsRendition("a1", "360p")}index.m3u8`, rendition);
    const plan = await planEmbedPlayback({ playbackId: "abcdEFGH1234", assetId: "a1", startTime: 3 });
    expect(plan).toMatchObject({ hls: "light", startLevel: 1, preloads: ["/stream/abcdEFGH1234/360p/init_1.mp4", "/stream/abcdEFGH1234/360p/seg_00001.m4s"] });
    expect(Object.keys(plan.inline)).toEqual(["/stream/abcdEFGH1234.m3u8", "/stream/abcdEFGH1234/360p/index.m3u8"]);
    expect(plan.inline["/stream/abcdEFGH1234.m3u8"]).toContain("\n/stream/abcdEFGH1234/360p/index.m3u8\n");
  });

  it("only preloads the master of a signed source, a live stream or an asset without a master", async () => {
    expect(await planEmbedPlayback({ playbackId: "abcdEFGH1234", assetId: "a1", token: "t.o.k" })).toEqual({ hls: "light", startLevel: 1, inline: {}, preloads: ["/stream/abcdEFGH1234.m3u8?token=t.o.k"] });
    expect(await planEmbedPlayback({ playbackId: "abcdEFGH1234", assetId: null })).toEqual({ hls: "full", startLevel: null, inline: {}, preloads: ["/stream/abcdEFGH1234.m3u8"] });
    expect(await planEmbedPlayback({ playbackId: "abcdEFGH1234", assetId: "a2" })).toMatchObject({ hls: "full", inline: {} });
  });
});

describe("renderEmbedPage", () => {
  const ok = (query: Record<string, string>) =>
    renderEmbedPage({
      state: "ok",
      playbackId: "abcdEFGH1234",
      title: 'A "title" <b>',
      options: parseEmbedParams(query),
      playback: { hls: "light", startLevel: 1, inline: { "/stream/abcdEFGH1234.m3u8": "#EXTM3U\n</script>" }, preloads: ["/stream/abcdEFGH1234/270p/init.mp4"] },
      script: "/embed/player/keyframe-player-light-0123456789ab.js",
      streamBaseUrl: "",
      imageBaseUrl: "",
    });

  it("puts the module and the stream preloads in the head and the options on the element, escaped", () => {
    const html = ok({ autoplay: "1", muted: "1", start: "3", primary_color: "ff0066", token: 'x"y' });
    expect(html).toContain('<meta name="robots" content="noindex"><title>Video abcdEFGH1234</title>');
    expect(html.indexOf('rel="preload" as="fetch" crossorigin="anonymous" href="/stream/abcdEFGH1234/270p/init.mp4"')).toBeLessThan(html.indexOf("<body>"));
    expect(html).toContain('<script type="application/json" id="keyframe-inline-playlists">{"/stream/abcdEFGH1234.m3u8":"#EXTM3U\\n\\u003c/script>"}</script>');
    expect(html).toContain('<script type="module" src="/embed/player/keyframe-player-light-0123456789ab.js"></script>');
    expect(html).toContain('<keyframe-player playback-id="abcdEFGH1234" token="x&#34;y" video-title="A &#34;title&#34; &#60;b&#62;" autoplay muted start-time="3" primary-color="ff0066" data-start-level="1">');
    expect(ok({ loop: "false" })).not.toContain(" loop");
  });

  it("renders refusals without the player", () => {
    const missing = renderEmbedPage({ state: "not_found", playbackId: "<x>" });
    expect(missing).toContain("<h1>Video not found</h1>");
    expect(missing).toContain("<title>Video &#60;x&#62;</title>");
    expect(renderEmbedPage({ state: "forbidden", playbackId: "p", message: "Not here" })).toContain('<p role="alert">Not here</p>');
    expect(missing).not.toContain("keyframe-player");
  });
});
