import type { webhookAttempts, webhookEvents, workspaces } from "@/server/db/schema";

type Event = typeof webhookEvents.$inferSelect;
type Attempt = typeof webhookAttempts.$inferSelect;

/**
 * The body Mux sends: `{ type, object: { type, id }, id, environment: { name, id }, data,
 * created_at, attempts }`, with `attempts` listing this delivery's earlier tries.
 */
export function buildWebhookEnvelope(input: {
  event: Event;
  workspace: Pick<typeof workspaces.$inferSelect, "id" | "name">;
  previousAttempts: Attempt[];
  maxAttempts: number;
}) {
  const { event } = input;
  return {
    type: event.type,
    object: { type: event.objectType, id: event.objectId },
    id: event.id,
    environment: { name: input.workspace.name, id: input.workspace.id },
    data: event.data,
    created_at: event.createdAt.toISOString(),
    attempts: input.previousAttempts.map((a) => ({
      id: a.id,
      address: a.address,
      created_at: a.createdAt.toISOString(),
      response_status_code: a.statusCode ?? undefined,
      response_body: a.responseSnippet,
      response_headers: {},
      max_attempts: input.maxAttempts,
    })),
  };
}
