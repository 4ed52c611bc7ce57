/**
 * THE list of Video Data dimensions: the 56 FastPix Video Data exposes (their id in `fastpix`) plus
 * page_hostname. The video_views columns, the Data API's filters/group_by, the dimensions endpoint
 * and the console all read this registry; add a dimension here (and a column) and it appears
 * everywhere. `source` says who fills it: the client SDK, the server (user agent, geo headers,
 * URLs) or the view's own events (flags).
 */
export const viewDimensions = [
  { key: "browser_name", fastpix: "browser_name", label: "Browser", source: "server", kind: "text", group: "basic" },
  { key: "browser_version", fastpix: "browser_version", label: "Browser version", source: "server", kind: "text", group: "advanced" },
  { key: "os_name", fastpix: "os_name", label: "Operating system", source: "server", kind: "text", group: "basic" },
  { key: "os_version", fastpix: "os_version", label: "OS version", source: "server", kind: "text", group: "advanced" },
  { key: "device_name", fastpix: "device_name", label: "Device name", source: "server", kind: "text", group: "advanced" },
  { key: "device_model", fastpix: "device_model", label: "Device model", source: "server", kind: "text", group: "advanced" },
  { key: "device_type", fastpix: "device_type", label: "Device type", source: "server", kind: "text", group: "basic" },
  { key: "device_manufacturer", fastpix: "device_manufacturer", label: "Device manufacturer", source: "server", kind: "text", group: "advanced" },
  { key: "player_remote_played", fastpix: "player_remote_played", label: "Remote played", source: "client", kind: "flag", group: "advanced" },
  { key: "player_name", fastpix: "player_name", label: "Player name", source: "client", kind: "text", group: "basic" },
  { key: "player_version", fastpix: "player_version", label: "Player version", source: "client", kind: "text", group: "advanced" },
  { key: "player_software", fastpix: "player_software_name", label: "Player software", source: "client", kind: "text", group: "basic" },
  { key: "player_software_version", fastpix: "player_software_version", label: "Player software version", source: "client", kind: "text", group: "advanced" },
  { key: "player_resolution", fastpix: "player_resolution", label: "Player resolution", source: "server", kind: "text", group: "advanced" },
  { key: "sdk_name", fastpix: "fp_sdk", label: "SDK", source: "client", kind: "text", group: "advanced" },
  { key: "sdk_version", fastpix: "fp_sdk_version", label: "SDK version", source: "client", kind: "text", group: "advanced" },
  { key: "player_autoplay", fastpix: "player_autoplay_on", label: "Autoplay", source: "client", kind: "flag", group: "basic" },
  { key: "player_preload", fastpix: "player_preload_on", label: "Preload", source: "client", kind: "flag", group: "advanced" },
  { key: "video_title", fastpix: "video_title", label: "Video title", source: "client", kind: "text", group: "basic" },
  { key: "video_id", fastpix: "video_id", label: "Video ID", source: "client", kind: "text", group: "basic" },
  { key: "video_series", fastpix: "video_series", label: "Video series", source: "client", kind: "text", group: "advanced" },
  { key: "playback_id", fastpix: "fp_playback_id", label: "Playback ID", source: "client", kind: "text", group: "basic" },
  { key: "live_stream_id", fastpix: "fp_live_stream_id", label: "Live stream ID", source: "client", kind: "text", group: "advanced" },
  { key: "asset_id", fastpix: "media_id", label: "Asset ID", source: "client", kind: "text", group: "basic" },
  { key: "video_stream_type", fastpix: "video_source_stream_type", label: "Stream type", source: "client", kind: "text", group: "basic" },
  { key: "video_source_type", fastpix: "video_source_type", label: "Source type", source: "client", kind: "text", group: "advanced" },
  { key: "video_encoding_variant", fastpix: "video_encoding_variant", label: "Encoding variant", source: "client", kind: "text", group: "advanced" },
  { key: "experiment_name", fastpix: "experiment_name", label: "Experiment", source: "client", kind: "text", group: "advanced" },
  { key: "sub_property_id", fastpix: "sub_property_id", label: "Sub property", source: "client", kind: "text", group: "advanced" },
  { key: "drm_type", fastpix: "drm_type", label: "DRM type", source: "client", kind: "text", group: "advanced" },
  { key: "asn_name", fastpix: "asn_name", label: "ASN", source: "server", kind: "text", group: "advanced" },
  { key: "cdn", fastpix: "cdn", label: "CDN", source: "client", kind: "text", group: "basic" },
  { key: "video_source_hostname", fastpix: "video_source_hostname", label: "Source hostname", source: "server", kind: "text", group: "advanced" },
  { key: "connection_type", fastpix: "connection_type", label: "Connection type", source: "client", kind: "text", group: "advanced" },
  { key: "view_session_id", fastpix: "view_session_id", label: "View session ID", source: "client", kind: "text", group: "advanced" },
  { key: "continent", fastpix: "continent", label: "Continent", source: "server", kind: "text", group: "basic" },
  { key: "country", fastpix: "country", label: "Country", source: "server", kind: "text", group: "basic" },
  { key: "region", fastpix: "region", label: "Region", source: "server", kind: "text", group: "advanced" },
  { key: "viewer_id", fastpix: "viewer_id", label: "Viewer ID", source: "client", kind: "text", group: "advanced" },
  { key: "error_code", fastpix: "error_code", label: "Error code", source: "events", kind: "text", group: "basic" },
  { key: "exit_before_video_start", fastpix: "exit_before_video_start", label: "Exit before video start", source: "events", kind: "flag", group: "basic" },
  { key: "view_has_ad", fastpix: "view_has_ad", label: "View has ad", source: "events", kind: "flag", group: "advanced" },
  { key: "video_startup_failed", fastpix: "video_startup_failed", label: "Video startup failed", source: "events", kind: "flag", group: "basic" },
  { key: "video_content_type", fastpix: "video_content_type", label: "Content type", source: "client", kind: "text", group: "advanced" },
  { key: "page_type", fastpix: "page_context", label: "Page context", source: "client", kind: "text", group: "advanced" },
  { key: "playback_failed", fastpix: "playback_failed", label: "Playback failed", source: "events", kind: "flag", group: "basic" },
  { key: "custom_1", fastpix: "custom_1", label: "Custom 1", source: "client", kind: "text", group: "advanced" },
  { key: "custom_2", fastpix: "custom_2", label: "Custom 2", source: "client", kind: "text", group: "advanced" },
  { key: "custom_3", fastpix: "custom_3", label: "Custom 3", source: "client", kind: "text", group: "advanced" },
  { key: "custom_4", fastpix: "custom_4", label: "Custom 4", source: "client", kind: "text", group: "advanced" },
  { key: "custom_5", fastpix: "custom_5", label: "Custom 5", source: "client", kind: "text", group: "advanced" },
  { key: "custom_6", fastpix: "custom_6", label: "Custom 6", source: "client", kind: "text", group: "advanced" },
  { key: "custom_7", fastpix: "custom_7", label: "Custom 7", source: "client", kind: "text", group: "advanced" },
  { key: "custom_8", fastpix: "custom_8", label: "Custom 8", source: "client", kind: "text", group: "advanced" },
  { key: "custom_9", fastpix: "custom_9", label: "Custom 9", source: "client", kind: "text", group: "advanced" },
  { key: "custom_10", fastpix: "custom_10", label: "Custom 10", source: "client", kind: "text", group: "advanced" },
  { key: "page_hostname", fastpix: null, label: "Page hostname", source: "server", kind: "text", group: "basic" },
] as const;

export type ViewDimension = (typeof viewDimensions)[number];
export type DimensionKey = ViewDimension["key"];
export type TextDimensionKey = Extract<ViewDimension, { kind: "text" }>["key"];
export type FlagDimensionKey = Extract<ViewDimension, { kind: "flag" }>["key"];

export const dimensionKeys = viewDimensions.map((d) => d.key) as DimensionKey[];
export const textDimensionKeys = viewDimensions.filter((d) => d.kind === "text").map((d) => d.key) as TextDimensionKey[];
export const flagDimensionKeys = viewDimensions.filter((d) => d.kind === "flag").map((d) => d.key) as FlagDimensionKey[];

/** The dimensions the hourly rollup is keyed by: breakdowns and filters on these stay on the rollup. */
export const rollupDimensionKeys = ["browser_name", "os_name", "device_type", "country"] as const satisfies readonly TextDimensionKey[];

export function isDimensionKey(value: string): value is DimensionKey {
  return (dimensionKeys as string[]).includes(value);
}
