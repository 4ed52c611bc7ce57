import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import type { ResolvedAddress } from "@/server/ingest/ingest-guard";
import { assertPublicUrl } from "@/server/ingest/assert-public-url";

/**
 * The SSRF rules of URL ingest, applied to a webhook target: http(s) only, no credentials, no
 * loopback/link-local/private/CGNAT/multicast address unless WEBHOOK_ALLOW_PRIVATE_URLS=true.
 * Checked when an endpoint is saved and again before every attempt (DNS can change).
 */
export async function assertWebhookTarget(url: string): Promise<{ url: URL; addresses: ResolvedAddress[] }> {
  try {
    return await assertPublicUrl(url, { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_URLS });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = error.message.replace(/^input URL/, "webhook URL").replace("INGEST_ALLOW_PRIVATE_URLS", "WEBHOOK_ALLOW_PRIVATE_URLS");
    throw new AppError({ code: "invalid_parameters", message, cause: error });
  }
}
