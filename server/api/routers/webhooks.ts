import { z } from "zod";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/server/webhooks/delete-webhook-endpoint";
import { getWebhookEndpointOrThrow } from "@/server/webhooks/get-webhook-endpoint-or-throw";
import { listWebhookDeliveries } from "@/server/webhooks/list-webhook-deliveries";
import { listWebhookEndpoints } from "@/server/webhooks/list-webhook-endpoints";
import { replayWebhookDelivery } from "@/server/webhooks/replay-webhook-delivery";
import { rotateWebhookSecret } from "@/server/webhooks/rotate-webhook-secret";
import { createWebhookEndpointSchema, updateWebhookEndpointSchema } from "@/server/webhooks/schemas";
import { serializeWebhookDelivery } from "@/server/webhooks/serialize-webhook-delivery";
import { serializeWebhookEndpoint } from "@/server/webhooks/serialize-webhook-endpoint";
import { updateWebhookEndpoint } from "@/server/webhooks/update-webhook-endpoint";
import { webhookTypeNames } from "@/server/webhooks/webhook-event-types";
import { router, workspaceAdminProcedure, workspaceProcedure } from "../trpc";

const endpointInput = z.object({ endpointId: z.string().min(1) });

/** Console webhooks: the same domain functions and serializers as /system/v1/webhook-endpoints. */
export const webhooksRouter = router({
  eventTypes: workspaceProcedure.query(() => webhookTypeNames),
  list: workspaceProcedure.query(async ({ input }) => (await listWebhookEndpoints(input)).map((row) => serializeWebhookEndpoint(row))),
  create: workspaceAdminProcedure
    // Nested: the body schema is strict, and tRPC hands every input parser the whole input.
    .input(z.object({ body: createWebhookEndpointSchema }))
    .mutation(async ({ input }) => serializeWebhookEndpoint(await createWebhookEndpoint(input), { withSecret: true })),
  update: workspaceAdminProcedure
    .input(endpointInput.extend({ changes: updateWebhookEndpointSchema }))
    .mutation(async ({ input }) => serializeWebhookEndpoint(await updateWebhookEndpoint({ ...input, body: input.changes }))),
  remove: workspaceAdminProcedure.input(endpointInput).mutation(({ input }) => deleteWebhookEndpoint(input)),
  revealSecret: workspaceAdminProcedure
    .input(endpointInput)
    .mutation(async ({ input }) => ({ secret: (await getWebhookEndpointOrThrow(input)).secret })),
  rotateSecret: workspaceAdminProcedure
    .input(endpointInput)
    .mutation(async ({ input }) => ({ secret: (await rotateWebhookSecret(input)).secret })),
  deliveries: workspaceProcedure
    .input(endpointInput.extend({ page: z.number().int().min(1).default(1) }))
    .query(async ({ input }) => (await listWebhookDeliveries({ ...input, limit: 25 })).map(serializeWebhookDelivery)),
  replay: workspaceAdminProcedure
    .input(endpointInput.extend({ deliveryId: z.string().min(1) }))
    .mutation(async ({ input }) => serializeWebhookDelivery(await replayWebhookDelivery(input))),
});
