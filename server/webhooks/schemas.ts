/** Request schemas for webhook endpoints: the REST body, the tRPC input and the console form share them. */
import { z } from "zod";
import { webhookTypeNames } from "./webhook-event-types";

export const webhookEventFilterSchema = z.array(z.enum(webhookTypeNames)).max(webhookTypeNames.length);

export const createWebhookEndpointSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" }).max(2048),
    /** Types to receive; omitted or empty: every type. */
    events: webhookEventFilterSchema.optional(),
    description: z.string().max(256).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export const updateWebhookEndpointSchema = createWebhookEndpointSchema.partial().strict();

export const listWebhookDeliveriesSchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    page: z.coerce.number().int().min(1).default(1),
    status: z.enum(["pending", "delivered", "failed", "cancelled"]).optional(),
  })
  .strict();

export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;
export type UpdateWebhookEndpointInput = z.input<typeof updateWebhookEndpointSchema>;
