import { z } from "zod";
import { completeLiveStream } from "@/server/live/complete-live-stream";
import { createLiveStream } from "@/server/live/create-live-stream";
import { createLiveStreamPlaybackId } from "@/server/live/create-live-stream-playback-id";
import { createSimulcastTarget } from "@/server/live/create-simulcast-target";
import { deleteLiveStream } from "@/server/live/delete-live-stream";
import { deleteLiveStreamPlaybackId } from "@/server/live/delete-live-stream-playback-id";
import { deleteSimulcastTarget } from "@/server/live/delete-simulcast-target";
import { disableLiveStream } from "@/server/live/disable-live-stream";
import { enableLiveStream } from "@/server/live/enable-live-stream";
import { getLiveStreamDetails } from "@/server/live/get-live-stream-details";
import { listLiveStreams } from "@/server/live/list-live-streams";
import { resetStreamKey } from "@/server/live/reset-stream-key";
import { createLiveStreamSchema, createSimulcastTargetSchema, listLiveStreamsSchema, updateLiveStreamSchema } from "@/server/live/schemas";
import { getLiveStreamViewerCounts } from "@/server/live/get-live-stream-viewer-counts";
import { serializeLiveStreamsWithRelations } from "@/server/live/serialize-live-streams-with-relations";
import { serializeSimulcastTarget } from "@/server/live/serialize-simulcast-target";
import { updateLiveStream } from "@/server/live/update-live-stream";
import { createPlaybackIdSchema } from "@/server/playback/schemas";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";
import { router, workspaceProcedure } from "../trpc";

const liveStreamInput = z.object({ liveStreamId: z.string().min(1) });
type Row = Parameters<typeof serializeLiveStreamsWithRelations>[0][number];
const serialize = async (row: Row) => (await serializeLiveStreamsWithRelations([row]))[0]!;

/** The console's live streams pages: the same functions as /video/v1/live-streams, answers in the API's JSON. */
export const liveStreamsRouter = router({
  list: workspaceProcedure.input(listLiveStreamsSchema).query(async ({ ctx, input }) => {
    const { liveStreams, hasMore } = await listLiveStreams({ workspaceId: ctx.workspace.id, limit: input.limit, page: input.page, status: input.status });
    // Viewers only matter for streams on air; one realtime query covers the page.
    const viewerCounts = liveStreams.some((s) => s.status === "active") ? await getLiveStreamViewerCounts(ctx.workspace.id) : undefined;
    return { liveStreams: await serializeLiveStreamsWithRelations(liveStreams, { viewerCounts }), hasMore };
  }),
  /** The stream page: API JSON, health, ingest URLs, simulcast targets, viewers now, last 10 sessions, recordings. */
  get: workspaceProcedure.input(liveStreamInput).query(({ ctx, input }) => getLiveStreamDetails({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id })),
  create: workspaceProcedure
    .input(z.object({ body: createLiveStreamSchema }))
    .mutation(async ({ ctx, input }) => serialize(await createLiveStream({ workspaceId: ctx.workspace.id, settings: input.body }))),
  update: workspaceProcedure
    .input(liveStreamInput.extend({ body: updateLiveStreamSchema }))
    .mutation(async ({ ctx, input }) => serialize(await updateLiveStream({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id, changes: input.body }))),
  delete: workspaceProcedure
    .input(liveStreamInput)
    .mutation(({ ctx, input }) => deleteLiveStream({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id })),
  resetStreamKey: workspaceProcedure
    .input(liveStreamInput)
    .mutation(async ({ ctx, input }) => serialize(await resetStreamKey({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id }))),
  enable: workspaceProcedure
    .input(liveStreamInput)
    .mutation(async ({ ctx, input }) => serialize(await enableLiveStream({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id }))),
  disable: workspaceProcedure
    .input(liveStreamInput)
    .mutation(async ({ ctx, input }) => serialize(await disableLiveStream({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id }))),
  complete: workspaceProcedure
    .input(liveStreamInput)
    .mutation(async ({ ctx, input }) => serialize(await completeLiveStream({ liveStreamId: input.liveStreamId, workspaceId: ctx.workspace.id }))),
  createPlaybackId: workspaceProcedure
    .input(liveStreamInput.extend(createPlaybackIdSchema.shape))
    .mutation(async ({ ctx, input }) =>
      serializePlaybackId(await createLiveStreamPlaybackId({ workspaceId: ctx.workspace.id, liveStreamId: input.liveStreamId, body: { policy: input.policy } })),
    ),
  deletePlaybackId: workspaceProcedure
    .input(liveStreamInput.extend({ playbackId: z.string().min(1) }))
    .mutation(({ ctx, input }) => deleteLiveStreamPlaybackId({ workspaceId: ctx.workspace.id, liveStreamId: input.liveStreamId, playbackId: input.playbackId })),
  createSimulcastTarget: workspaceProcedure
    .input(liveStreamInput.extend({ body: createSimulcastTargetSchema }))
    .mutation(async ({ ctx, input }) =>
      serializeSimulcastTarget(await createSimulcastTarget({ workspaceId: ctx.workspace.id, liveStreamId: input.liveStreamId, body: input.body })),
    ),
  deleteSimulcastTarget: workspaceProcedure
    .input(liveStreamInput.extend({ simulcastTargetId: z.string().min(1) }))
    .mutation(({ ctx, input }) => deleteSimulcastTarget({ workspaceId: ctx.workspace.id, liveStreamId: input.liveStreamId, simulcastTargetId: input.simulcastTargetId })),
});
