import { UAParser } from "ua-parser-js";

export interface UserAgentDimensions {
  browser_name: string | null;
  browser_version: string | null;
  os_name: string | null;
  os_version: string | null;
  device_type: string;
  device_manufacturer: string | null;
  device_model: string | null;
  device_name: string | null;
}

// ua-parser-js leaves device.type empty for desktops; these are its other types.
const deviceTypes: Record<string, string> = { mobile: "phone", tablet: "tablet", smarttv: "tv", console: "console", wearable: "wearable", embedded: "embedded" };
const cache = new Map<string, UserAgentDimensions>();
const cacheLimit = 5000;

/** Browser/OS/device names and versions from a User-Agent (ua-parser-js 1.x, MIT), memoized. */
export function parseUserAgent(userAgent: string | null): UserAgentDimensions {
  const ua = (userAgent ?? "").slice(0, 512);
  const hit = cache.get(ua);
  if (hit) return hit;
  const r = new UAParser(ua).getResult();
  const manufacturer = r.device.vendor ?? null;
  const model = r.device.model ?? null;
  const result: UserAgentDimensions = {
    browser_name: r.browser.name ?? null,
    browser_version: r.browser.version ?? null,
    os_name: r.os.name ?? null,
    os_version: r.os.version ?? null,
    device_type: r.device.type ? (deviceTypes[r.device.type] ?? r.device.type) : ua ? "desktop" : "unknown",
    device_manufacturer: manufacturer,
    device_model: model,
    device_name: manufacturer || model ? [manufacturer, model].filter(Boolean).join(" ") : null,
  };
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(ua, result);
  return result;
}
