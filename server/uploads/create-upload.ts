import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { emitUploadEvent } from "./emit-upload-event";
import { createUploadSchema, type CreateUploadInput } from "./schemas";

/** Creates a direct upload in `waiting`; its URL accepts bytes until `timeout` seconds from now. */
export async function createUpload(input: { workspaceId: string; settings: CreateUploadInput }) {
  const settings = createUploadSchema.parse(input.settings);
  const db = await getDb();
  const [upload] = await db
    .insert(uploads)
    .values({
      id: newId(),
      workspaceId: input.workspaceId,
      corsOrigin: settings.cors_origin,
      newAssetSettings: settings.new_asset_settings as Record<string, unknown>,
      timeoutSeconds: settings.timeout,
      expiresAt: new Date(Date.now() + settings.timeout * 1000),
      test: settings.test ?? false,
    })
    .returning();
  await emitUploadEvent(events.uploadCreated, upload!);
  return upload!;
}
