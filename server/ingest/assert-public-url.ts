import { AppError } from "@/server/errors";
import type { IngestGuardOptions, ResolvedAddress } from "./ingest-guard";
import { resolvePublicAddresses } from "./resolve-public-addresses";

/**
 * Refuses a URL the server must not fetch: not http(s), or a host on a loopback, link-local,
 * private, CGNAT, multicast or unspecified address (SSRF). Shared by URL ingest and webhook targets.
 */
export async function assertPublicUrl(
  url: string | URL,
  options: IngestGuardOptions = {},
): Promise<{ url: URL; addresses: ResolvedAddress[] }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError({ code: "invalid_parameters", message: `"${String(url)}" is not a valid URL` });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new AppError({ code: "invalid_parameters", message: `URL scheme ${parsed.protocol} is not supported; use http or https` });
  }
  if (parsed.username || parsed.password) {
    // Credentials in URLs end up in logs; S3 inputs use s3:// with the configured keys instead.
    throw new AppError({ code: "invalid_parameters", message: "URLs with a user name or password are not accepted" });
  }
  return { url: parsed, addresses: await resolvePublicAddresses(parsed.hostname, options) };
}
