import { z } from "zod";
import { deleteAsset } from "@/server/assets/delete-asset";
import { getAssetDetails } from "@/server/assets/get-asset-details";
import { searchAssets, searchAssetsSchema } from "@/server/assets/search-assets";
import { createPlaybackId } from "@/server/playback/create-playback-id";
import { createSigningKey } from "@/server/playback/create-signing-key";
import { deletePlaybackId } from "@/server/playback/delete-playback-id";
import { listSigningKeys } from "@/server/playback/list-signing-keys";
import { createPlaybackIdSchema } from "@/server/playback/schemas";
import { signPlaybackUrl, signPlaybackUrlSchema } from "@/server/playback/sign-playback-url";
import { router, workspaceAdminProcedure, workspaceProcedure } from "../trpc";

const assetInput = z.object({ assetId: z.string().min(1) });

/** The console's asset list and asset page. */
export const assetsRouter = router({
  list: workspaceProcedure.input(searchAssetsSchema).query(({ input }) => searchAssets(input)),
  get: workspaceProcedure.input(assetInput).query(({ input }) => getAssetDetails(input)),
  delete: workspaceProcedure.input(assetInput).mutation(({ input }) => deleteAsset(input)),
  createPlaybackId: workspaceProcedure
    .input(assetInput.extend(createPlaybackIdSchema.shape))
    .mutation(({ input }) => createPlaybackId({ workspaceId: input.workspaceId, assetId: input.assetId, body: { policy: input.policy } })),
  deletePlaybackId: workspaceProcedure
    .input(assetInput.extend({ playbackId: z.string().min(1) }))
    .mutation(({ input }) => deletePlaybackId(input)),
  signingKeys: workspaceProcedure.query(({ input }) => listSigningKeys({ workspaceId: input.workspaceId, limit: 100 })),
  /** The private key is in this response only; the console shows it once and never stores it. */
  createSigningKey: workspaceAdminProcedure.mutation(({ input }) => createSigningKey({ workspaceId: input.workspaceId })),
  signUrl: workspaceProcedure.input(signPlaybackUrlSchema).mutation(({ input }) => signPlaybackUrl(input)),
});
