import { createChangeNotifier } from "./create-change-notifier";
import { createRenditionInput } from "./create-rendition-input";
import { createRenditionTimeline } from "./create-rendition-timeline";
import type { LivePackagerState } from "./live-packager-state";
import type { CreateLivePackagerOptions, LivePackager } from "./live-packager-types";
import { liveError } from "./live-responses";
import { liveTimingFor } from "./live-timing";
import { serveLiveMasterPlaylist } from "./serve-live-master-playlist";
import { serveLiveMediaFile } from "./serve-live-media-file";
import { serveLiveMediaPlaylist } from "./serve-live-media-playlist";

export type { LiveConnection, LivePackager, LiveRenditionSpec, LiveResponse, LatencyMode } from "./live-packager-types";

const RENDITION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The LL-HLS packager of one live stream session: fragmented MP4 per rendition in (one writable per
 * rendition and publisher connection), playlists, parts and segments out through `handle`. Parts
 * live in memory; complete segments also go to storage, which serves the DVR window's older ones.
 */
export function createLivePackager(opts: CreateLivePackagerOptions): LivePackager {
  const names = opts.renditions.map((r) => r.name);
  if (!names.length) throw new Error("a live packager needs at least one rendition");
  if (new Set(names).size !== names.length || names.some((n) => !RENDITION_NAME.test(n) || n === "index")) {
    throw new Error(`rendition names must be unique, not "index", and match ${RENDITION_NAME}`);
  }
  const notifier = createChangeNotifier();
  const timing = liveTimingFor(opts.latencyMode, opts.renditions.map((r) => r.frameRate));
  const state: LivePackagerState = { specs: opts.renditions, timing, timelines: new Map(), notifier, ended: false, closed: false };
  for (const name of names) {
    state.timelines.set(
      name,
      createRenditionTimeline({
        name,
        timing,
        storage: opts.storage,
        storagePrefix: opts.storagePrefix,
        dvrWindowSeconds: opts.dvrWindowSeconds,
        onChange: () => notifier.notify(),
      }),
    );
  }
  let connection = -1;

  return {
    beginConnection({ wallClockAtStart }) {
      if (state.ended || state.closed) throw new Error(`live packager of ${opts.liveStreamId} has ended`);
      const index = ++connection;
      for (const timeline of state.timelines.values()) timeline.endConnection(index - 1);
      const isCurrent = () => connection === index && !state.ended && !state.closed;
      const inputs = new Map(
        [...state.timelines].map(([name, timeline]) => [name, createRenditionInput({ timeline, connection: index, wallClockAtStart, isCurrent })]),
      );
      return {
        input(name) {
          const input = inputs.get(name);
          if (!input) throw new Error(`unknown rendition "${name}"`);
          return input.writable;
        },
        done: () => Promise.all([...inputs.values()].map((i) => i.closed)).then(() => undefined),
      };
    },

    mediaSeconds: () => Math.max(0, ...[...state.timelines.values()].map((t) => t.mediaSeconds())),

    end() {
      if (state.ended) return;
      for (const timeline of state.timelines.values()) timeline.endConnection(connection);
      state.ended = true;
      notifier.notify();
    },

    async handle(path, query, signal) {
      if (state.closed) return liveError("not_found", "Live stream not found");
      const file = path.replace(/^\/+/, "");
      try {
        if (file === "index.m3u8") return await serveLiveMasterPlaylist(state, signal);
        const playlist = /^([^/]+)\.m3u8$/.exec(file);
        const media = /^([^/]+)\/([^/]+)$/.exec(file);
        const timeline = state.timelines.get((playlist ?? media)?.[1] ?? "");
        if (timeline && playlist) return await serveLiveMediaPlaylist(state, timeline, query, signal);
        if (timeline && media) return await serveLiveMediaFile(state, timeline, media[2]!, signal);
        return liveError("not_found", "Not found");
      } catch (error) {
        console.error(`[live] ${opts.liveStreamId}/${file} failed`, error);
        return liveError("internal", "Internal server error");
      }
    },

    close() {
      state.closed = true;
      state.ended = true;
      for (const timeline of state.timelines.values()) timeline.clear();
      notifier.notify();
    },
  };
}
