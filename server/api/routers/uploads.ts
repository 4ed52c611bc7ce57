import { z } from "zod";
import { newAssetSettingsSchema } from "@/server/assets/schemas";
import { AppError } from "@/server/errors";
import { cancelUpload } from "@/server/uploads/cancel-upload";
import { createUpload } from "@/server/uploads/create-upload";
import { getUploadOrThrow } from "@/server/uploads/get-upload-or-throw";
import { listUploads } from "@/server/uploads/list-uploads";
import { createUploadSchema, listUploadsSchema } from "@/server/uploads/schemas";
import { serializeUpload } from "@/server/uploads/serialize-upload";
import { getUploadthingAdapter } from "@/server/uploads/uploadthing/get-uploadthing-adapter";
import { ingestUploadthingFile } from "@/server/uploads/uploadthing/ingest-uploadthing-file";
import { router, workspaceProcedure } from "../trpc";

const uploadId = z.object({ uploadId: z.string().min(1) });

/** Direct uploads for the console's upload page (the same functions as /video/v1/uploads). */
export const uploadsRouter = router({
  create: workspaceProcedure
    .input(z.object({ upload: createUploadSchema }))
    .mutation(async ({ ctx, input }) => serializeUpload(await createUpload({ workspaceId: ctx.workspace.id, settings: input.upload }))),
  list: workspaceProcedure.input(listUploadsSchema).query(async ({ ctx, input }) => {
    const { uploads, total } = await listUploads({ workspaceId: ctx.workspace.id, limit: input.limit, page: input.page });
    return { uploads: uploads.map(serializeUpload), total };
  }),
  get: workspaceProcedure.input(uploadId).query(async ({ ctx, input }) => serializeUpload(await getUploadOrThrow({ uploadId: input.uploadId, workspaceId: ctx.workspace.id }))),
  cancel: workspaceProcedure
    .input(uploadId)
    .mutation(async ({ ctx, input }) => serializeUpload(await cancelUpload({ uploadId: input.uploadId, workspaceId: ctx.workspace.id }))),
  /** uploadthing (optional): whether it is configured, a presigned target per file, then ingest by URL. */
  uploadthingEnabled: workspaceProcedure.query(() => getUploadthingAdapter() !== null),
  prepareUploadthing: workspaceProcedure
    .input(z.object({ file: z.object({ name: z.string().min(1).max(500), size: z.number().int().min(0), type: z.string().max(200) }) }))
    .mutation(async ({ input }) => {
      const adapter = getUploadthingAdapter();
      if (!adapter) throw new AppError({ code: "invalid_parameters", message: "uploadthing is not configured (set UPLOADTHING_TOKEN)" });
      return adapter.prepareUpload(input.file);
    }),
  ingestUploadthing: workspaceProcedure
    .input(z.object({ fileUrl: z.url(), settings: newAssetSettingsSchema.omit({ input: true }).optional() }))
    .mutation(async ({ ctx, input }) => {
      const asset = await ingestUploadthingFile({ workspaceId: ctx.workspace.id, fileUrl: input.fileUrl, settings: input.settings });
      return { assetId: asset.id };
    }),
});
