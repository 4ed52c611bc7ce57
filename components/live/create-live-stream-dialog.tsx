"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { createLiveStreamSchema } from "@/server/live/schemas";
import { describeLiveStreamIssue } from "./describe-live-stream-issue";
import { liveStreamPresets, type LiveStreamFormValues, type LiveStreamPresetId } from "./live-stream-presets";
import { LiveStreamSettingsFields } from "./live-stream-settings-fields";
import { toCreateLiveStreamBody } from "./to-live-stream-body";

/** New live stream: pick a preset, adjust any field, create, and land on the stream page (key and ingest URLs). */
export function CreateLiveStreamDialog({ workspaceId, open, onClose }: { workspaceId: string; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [preset, setPreset] = useState<LiveStreamPresetId>(liveStreamPresets[0].id);
  const [values, setValues] = useState<LiveStreamFormValues>(liveStreamPresets[0].values);
  const [passthrough, setPassthrough] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.liveStreams.create.mutationOptions({
      onSuccess: async (stream) => {
        await queryClient.invalidateQueries({ queryKey: trpc.liveStreams.list.queryKey() });
        router.push(`/w/${workspaceId}/live-streams/${stream.id}`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const pick = (id: LiveStreamPresetId) => {
    setPreset(id);
    setValues(liveStreamPresets.find((p) => p.id === id)!.values);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createLiveStreamSchema.safeParse(toCreateLiveStreamBody(values, passthrough.trim() || undefined));
    if (!parsed.success) return setError(describeLiveStreamIssue(parsed.error.issues[0]));
    setError(null);
    create.mutate({ workspaceId, body: parsed.data });
  };
  const close = () => {
    setError(null);
    create.reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} title="New live stream" description="Start from a preset; every setting can be adjusted.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-[13px] font-medium">Preset</legend>
          {liveStreamPresets.map((p) => (
            <label
              key={p.id}
              className={cn(
                "flex cursor-pointer items-start gap-2.5 rounded-md border border-border px-3 py-2 hover:bg-bg-subtle",
                preset === p.id && "border-accent/40 bg-accent/5",
              )}
            >
              <input type="radio" name="preset" value={p.id} checked={preset === p.id} onChange={() => pick(p.id)} className="mt-0.5 accent-(--accent)" />
              <span className="flex flex-col">
                <span className="text-[13px] font-medium">{p.label}</span>
                <span className="text-xs text-fg-muted">{p.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <LiveStreamSettingsFields values={values} onChange={setValues} creating />
        <Field label="Passthrough (optional)" htmlFor="live-passthrough" hint="Your own reference, e.g. an event ID; shown as the stream's name here">
          <Input id="live-passthrough" value={passthrough} onChange={(e) => setPassthrough(e.target.value)} maxLength={255} />
        </Field>
        <FormActions error={error} onCancel={close} pending={create.isPending}>
          Create live stream
        </FormActions>
      </form>
    </Dialog>
  );
}
