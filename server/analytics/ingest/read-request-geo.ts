import { countryContinents } from "./country-continents";

export interface GeoDimensions {
  country: string | null;
  continent: string | null;
  region: string | null;
  asn_name: string | null;
}

const first = (headers: Headers, names: string[]) => {
  for (const name of names) {
    const value = headers.get(name)?.trim();
    if (value) return value;
  }
  return null;
};

/**
 * Geo and network from the headers a CDN or proxy in front of the app adds (Cloudflare, Vercel,
 * CloudFront, or a generic X-Country-Code); no GeoIP database ships with Keyframe, so without such
 * a proxy these stay unknown.
 */
export function readRequestGeo(headers: Headers): GeoDimensions {
  const raw = first(headers, ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country", "x-country-code"])?.toUpperCase() ?? null;
  const country = raw && /^[A-Z]{2}$/.test(raw) && raw !== "XX" && raw !== "T1" ? raw : null;
  const region = first(headers, ["x-vercel-ip-country-region", "cf-region-code", "cloudfront-viewer-country-region", "x-region-code"]);
  const asn = first(headers, ["x-asn-name", "cf-asn-name", "x-asn", "cloudfront-viewer-asn"]);
  return {
    country,
    continent: country ? (countryContinents.get(country) ?? null) : null,
    region: region ? decodeURIComponent(region).slice(0, 64) : null,
    asn_name: asn ? asn.slice(0, 128) : null,
  };
}
