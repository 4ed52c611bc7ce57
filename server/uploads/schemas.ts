/** Mux-shaped request schemas for direct uploads: the REST body and the tRPC input. */
import { z } from "zod";
import { newAssetSettingsSchema } from "@/server/assets/schemas";

export const createUploadSchema = z
  .object({
    new_asset_settings: newAssetSettingsSchema.default({}),
    /** The browser origin allowed to PUT to the upload URL ("*" for any). */
    cors_origin: z.string().min(1).max(2048).optional(),
    /** Seconds the upload URL accepts bytes; an upload not finished by then is timed_out. */
    timeout: z.number().int().min(60).max(604_800).default(3600),
    test: z.boolean().optional(),
  })
  .strict();

export const listUploadsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  page: z.coerce.number().int().min(1).default(1),
});

export type CreateUploadInput = z.input<typeof createUploadSchema>;
