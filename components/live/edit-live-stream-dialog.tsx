"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { updateLiveStreamSchema } from "@/server/live/schemas";
import { describeLiveStreamIssue } from "./describe-live-stream-issue";
import type { LiveStreamFormValues } from "./live-stream-presets";
import { LiveStreamSettingsFields } from "./live-stream-settings-fields";
import { toUpdateLiveStreamBody } from "./to-live-stream-body";

/** Latency mode, windows and passthrough; they apply from the next broadcast. Mount it only while open. */
export function EditLiveStreamDialog({ workspaceId, liveStreamId, initial, initialPassthrough, onClose }: {
  workspaceId: string;
  liveStreamId: string;
  initial: LiveStreamFormValues;
  initialPassthrough: string;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [passthrough, setPassthrough] = useState(initialPassthrough);
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(
    trpc.liveStreams.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.liveStreams.get.queryKey({ workspaceId, liveStreamId }) });
        onClose();
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = updateLiveStreamSchema.safeParse(toUpdateLiveStreamBody(values, passthrough.trim()));
    if (!parsed.success) return setError(describeLiveStreamIssue(parsed.error.issues[0]));
    setError(null);
    update.mutate({ workspaceId, liveStreamId, body: parsed.data });
  };
  return (
    <Dialog open onClose={onClose} title="Edit live stream" description="Changes apply from the next broadcast.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <LiveStreamSettingsFields values={values} onChange={setValues} creating={false} />
        <Field label="Passthrough" htmlFor="live-edit-passthrough">
          <Input id="live-edit-passthrough" value={passthrough} onChange={(e) => setPassthrough(e.target.value)} maxLength={255} />
        </Field>
        <FormActions error={error} onCancel={onClose} pending={update.isPending}>Save</FormActions>
      </form>
    </Dialog>
  );
}
