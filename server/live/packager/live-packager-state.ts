import type { createChangeNotifier } from "./create-change-notifier";
import type { RenditionTimeline } from "./create-rendition-timeline";
import type { LiveRenditionSpec } from "./live-packager-types";
import type { LiveTiming } from "./live-timing";

/** What the request handlers read: the renditions' timelines and whether the stream is over. */
export type LivePackagerState = {
  specs: LiveRenditionSpec[];
  timing: LiveTiming;
  timelines: Map<string, RenditionTimeline>;
  notifier: ReturnType<typeof createChangeNotifier>;
  ended: boolean;
  closed: boolean;
};
