import type { assets } from "@/server/db/schema";
import { AppError } from "@/server/errors";

/** Why an asset cannot serve playback yet: 412, as Mux answers for assets that are not ready. */
export function notReadyError(asset: Pick<typeof assets.$inferSelect, "status">): AppError {
  return new AppError({
    code: "not_ready",
    message: asset.status === "errored" ? "This asset failed to process and cannot be played" : "This asset is still preparing; try again in a few seconds",
  });
}
