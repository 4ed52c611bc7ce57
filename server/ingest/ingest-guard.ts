import dns from "node:dns/promises";
import { env } from "@/server/env";
import { classifyAddress, type AddressCategory } from "./classify-address";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * How URL ingest decides which addresses it may connect to. Every field defaults to production
 * behaviour; tests pass their own to exercise the guard without touching the environment.
 */
export interface IngestGuardOptions {
  /** Skip the SSRF guard (INGEST_ALLOW_PRIVATE_URLS). */
  allowPrivate?: boolean;
  /** DNS resolution (default: the system resolver, every address). */
  resolveHost?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Judges one address (default classifyAddress). */
  classify?: (address: string) => AddressCategory | null;
}

export const resolveWithSystemDns = async (hostname: string): Promise<ResolvedAddress[]> =>
  (await dns.lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** The options with their defaults filled in. */
export function resolveIngestGuard(options: IngestGuardOptions = {}): Required<IngestGuardOptions> {
  return {
    allowPrivate: options.allowPrivate ?? env.INGEST_ALLOW_PRIVATE_URLS,
    resolveHost: options.resolveHost ?? resolveWithSystemDns,
    classify: options.classify ?? classifyAddress,
  };
}
