import type { uploads } from "@/server/db/schema";
import { AppError } from "@/server/errors";

/** Refuses bytes for an upload that is no longer waiting, saying what to do instead. */
export function assertUploadAcceptsBytes(upload: typeof uploads.$inferSelect): void {
  const refuse = (message: string) => {
    throw new AppError({ code: "conflict", message });
  };
  if (upload.status === "cancelled") refuse("This upload was cancelled and accepts no more bytes; create a new upload");
  if (upload.status === "timed_out") refuse(`This upload timed out (it had ${upload.timeoutSeconds} seconds to complete); create a new upload`);
  if (upload.status === "asset_created") refuse(`This upload is already complete${upload.assetId ? ` and became asset ${upload.assetId}` : ""}`);
  if (upload.status === "errored") refuse(`This upload failed: ${upload.error?.messages.join("; ") ?? "unknown error"}; create a new upload`);
}
