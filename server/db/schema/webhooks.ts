/**
 * Webhooks: endpoints per workspace, the outbox of events (Mux envelopes' contents, recorded when
 * the state change happens), one delivery per (endpoint, event) and every attempt made for it.
 */
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { workspaces } from "./identity";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description"),
    /** Mux event types this endpoint receives; empty means every type. */
    events: jsonb("events").$type<string[]>().notNull().default([]),
    enabled: boolean("enabled").notNull().default(true),
    /** HMAC-SHA256 key for Mux-Signature; kept readable because signing needs it. */
    secret: text("secret").notNull(),
    /** Consecutive failed attempts, and when the current run of failures began. */
    failureStreak: integer("failure_streak").notNull().default(0),
    failingSince: ts("failing_since"),
    lastSuccessAt: ts("last_success_at"),
    disabledReason: text("disabled_reason"),
    disabledAt: ts("disabled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("webhook_endpoints_workspace_idx").on(t.workspaceId)],
);

export const webhookEvents = pgTable(
  "webhook_events",
  {
    /** The envelope's `id`: the same on every attempt and replay, so receivers can de-duplicate. */
    id: text("id").primaryKey(),
    /** Global order of recording; events of one object are delivered in this order. */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    /** The resource serialized as the public API returns it, at the moment of the event. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    /** Makes recording idempotent (a retried step records once). */
    dedupeKey: text("dedupe_key").notNull(),
    dispatchedAt: ts("dispatched_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_events_dedupe_idx").on(t.dedupeKey),
    index("webhook_events_object_idx").on(t.workspaceId, t.objectId, t.seq),
  ],
);

export const webhookDeliveryStatuses = ["pending", "delivered", "failed", "cancelled"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    endpointId: text("endpoint_id").notNull().references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull().references(() => webhookEvents.id, { onDelete: "cascade" }),
    /** Copied from the event: the ordering key among deliveries of one object to one endpoint. */
    eventSeq: bigint("event_seq", { mode: "number" }).notNull(),
    objectId: text("object_id").notNull(),
    status: text("status", { enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastLatencyMs: integer("last_latency_ms"),
    lastError: text("last_error"),
    nextAttemptAt: ts("next_attempt_at"),
    deliveredAt: ts("delivered_at"),
    /** Set on a manual replay: the delivery it repeats. */
    replayOf: text("replay_of"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_order_idx").on(t.endpointId, t.objectId, t.status, t.eventSeq),
  ],
);

export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: text("id").primaryKey(),
    deliveryId: text("delivery_id").notNull().references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    address: text("address").notNull(),
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms").notNull(),
    /** The first 1 KiB of the response body. */
    responseSnippet: text("response_snippet"),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attempt)],
);
