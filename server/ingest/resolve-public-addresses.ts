import { isIP } from "node:net";
import { AppError } from "@/server/errors";
import { resolveIngestGuard, type IngestGuardOptions, type ResolvedAddress } from "./ingest-guard";

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/**
 * Resolves `hostname` and refuses it when any of its addresses is loopback, link-local, private,
 * CGNAT, multicast or unspecified (unless private URLs are allowed). Callers connect to the
 * addresses returned here, so a DNS answer that changes between check and connect cannot slip by.
 */
export async function resolvePublicAddresses(hostname: string, options: IngestGuardOptions = {}): Promise<ResolvedAddress[]> {
  const guard = resolveIngestGuard(options);
  const bare = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(bare);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: bare, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await guard.resolveHost(bare);
    } catch (error) {
      throw new AppError({ code: "invalid_parameters", message: `input URL host ${bare} does not resolve`, cause: error });
    }
    if (!addresses.length) throw new AppError({ code: "invalid_parameters", message: `input URL host ${bare} does not resolve` });
  }
  if (guard.allowPrivate) return addresses;
  for (const { address } of addresses) {
    const category = guard.classify(address);
    if (category) {
      throw new AppError({
        code: "invalid_parameters",
        message: `input URL resolves to ${article(category)} ${category} address ${address}; set INGEST_ALLOW_PRIVATE_URLS=true to allow it`,
      });
    }
  }
  return addresses;
}
