"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { createWebhookEndpointSchema } from "@/server/webhooks/schemas";
import { FormActions } from "@/components/ui/form-actions";

type Endpoint = RouterOutputs["webhooks"]["list"][number];

/** Create (no `endpoint`) or edit an endpoint: URL, description and the event types it receives (none ticked: all). */
export function WebhookEndpointDialog({ workspaceId, endpoint, open, onClose, onCreated }: {
  workspaceId: string;
  endpoint?: Endpoint;
  open: boolean;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const types = useQuery(trpc.webhooks.eventTypes.queryOptions({ workspaceId }));
  const [events, setEvents] = useState<string[]>(endpoint?.events ?? []);
  const [error, setError] = useState<string | null>(null);
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey({ workspaceId }) });
    onCreated?.(id);
    onClose();
  };
  const create = useMutation(trpc.webhooks.create.mutationOptions({ onSuccess: (e) => done(e.id), onError: (e) => setError(errorMessage(e)) }));
  const update = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: (e) => done(e.id), onError: (e) => setError(errorMessage(e)) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { url: String(form.get("url") ?? "").trim(), description: String(form.get("description") ?? "").trim() || undefined, events };
    const parsed = createWebhookEndpointSchema.safeParse(body);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form");
    setError(null);
    if (endpoint) update.mutate({ workspaceId, endpointId: endpoint.id, changes: parsed.data });
    else create.mutate({ workspaceId, body: parsed.data });
  };

  return (
    <Dialog open={open} onClose={onClose} title={endpoint ? "Edit endpoint" : "Add endpoint"} description="Keyframe POSTs signed events (Mux's format) to this URL.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="URL" htmlFor="webhook-url" hint="http(s); private and loopback addresses are refused unless WEBHOOK_ALLOW_PRIVATE_URLS=true">
          <Input id="webhook-url" name="url" type="url" required defaultValue={endpoint?.url} placeholder="https://example.com/webhooks/keyframe" autoFocus />
        </Field>
        <Field label="Description" htmlFor="webhook-description">
          <Input id="webhook-description" name="description" defaultValue={endpoint?.description} maxLength={256} />
        </Field>
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-[13px] font-medium">Events (none ticked: every event)</legend>
          {(types.data ?? []).map((type) => (
            <Checkbox
              key={type}
              id={`webhook-event-${type}`}
              label={type}
              checked={events.includes(type)}
              onChange={(on) => setEvents((prev) => (on ? [...prev, type] : prev.filter((t) => t !== type)))}
            />
          ))}
        </fieldset>
        <FormActions error={error} onCancel={onClose} pending={create.isPending || update.isPending}>
          {endpoint ? "Save" : "Add endpoint"}
        </FormActions>
      </form>
    </Dialog>
  );
}
