import {
  Activity,
  ChartLine,
  Film,
  KeyRound,
  Radio,
  ShieldCheck,
  TvMinimalPlay,
  Upload,
  Webhook,
  Workflow,
  type LucideIcon,
} from "lucide-react";

type Section = {
  slug: string;
  label: string;
  icon: LucideIcon;
  group: "video" | "workspace" | "operations";
  /** What the section will list, and the API call that creates its first item, for its empty state. */
  empty?: { title: string; body: string; api: string };
};

/** The console's sections: the sidebar, the page titles and the empty states all read this list. */
export const sections = [
  { slug: "assets", label: "Assets", icon: Film, group: "video", empty: { title: "No assets yet", body: "Videos you ingest appear here with their status, duration, renditions and playback IDs.", api: "POST /video/v1/assets" } },
  { slug: "uploads", label: "Uploads", icon: Upload, group: "video", empty: { title: "No direct uploads yet", body: "Direct uploads let a browser send a file straight to Keyframe; each one and the asset it becomes appear here.", api: "POST /video/v1/uploads" } },
  { slug: "live-streams", label: "Live streams", icon: Radio, group: "video", empty: { title: "No live streams yet", body: "Live streams appear here with their stream key, ingest URL, state and the recordings they produce.", api: "POST /video/v1/live-streams" } },
  { slug: "playout", label: "Playout", icon: TvMinimalPlay, group: "video", empty: { title: "No playout channels yet", body: "Playout channels loop or schedule assets into a continuous linear stream; they appear here with what is on air.", api: "POST /video/v1/playout-channels" } },
  { slug: "data", label: "Data", icon: ChartLine, group: "video", empty: { title: "No viewing data yet", body: "Views reported by players appear here as plays, watch time, startup time and rebuffering, per asset and over time.", api: "POST /data/v1/views" } },
  { slug: "moderation", label: "Moderation", icon: ShieldCheck, group: "video", empty: { title: "Nothing to review", body: "Assets flagged by content checks wait here for someone to approve or reject them.", api: "POST /video/v1/assets (with moderation enabled)" } },
  { slug: "webhooks", label: "Webhooks", icon: Webhook, group: "workspace", empty: { title: "No webhook endpoints yet", body: "Endpoints that receive signed events (video.asset.ready, video.live_stream.active…) appear here with their recent deliveries.", api: "POST /system/v1/webhook-endpoints" } },
  { slug: "settings", label: "Settings", icon: KeyRound, group: "workspace" },
  { slug: "workflow-runs", label: "Workflow runs", icon: Workflow, group: "operations" },
  { slug: "health", label: "Health", icon: Activity, group: "operations" },
] as const satisfies readonly Section[];

export type SectionSlug = (typeof sections)[number]["slug"];

export const sectionGroups = [
  { id: "video", label: "Video", operatorOnly: false },
  { id: "workspace", label: "Workspace", operatorOnly: false },
  { id: "operations", label: "Operations", operatorOnly: true },
] as const;

export function getSection(slug: SectionSlug) {
  return sections.find((s) => s.slug === slug)!;
}
