"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { createSimulcastTargetSchema } from "@/server/live/schemas";
import { describeLiveStreamIssue } from "./describe-live-stream-issue";

type Target = { id: string; url: string; stream_key?: string; passthrough?: string; status: string; error?: string };

const tones: Record<string, BadgeTone> = { idle: "neutral", starting: "info", broadcasting: "success", errored: "danger" };

/**
 * Other RTMP(S)/SRT destinations the stream is pushed to while live, each with its own status;
 * a failing target never disturbs the main stream. As at Mux, targets change only while the
 * stream is not active.
 */
export function SimulcastTargetsCard({ workspaceId, liveStreamId, targets, active }: { workspaceId: string; liveStreamId: string; targets: Target[]; active: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Target | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.liveStreams.get.queryKey({ workspaceId, liveStreamId }) });
  const create = useMutation(
    trpc.liveStreams.createSimulcastTarget.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const remove = useMutation(trpc.liveStreams.deleteSimulcastTarget.mutationOptions({ onSuccess: () => { setDeleting(null); void refresh(); } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const body = { url: String(form.get("url") ?? "").trim(), stream_key: String(form.get("stream_key") ?? "").trim() || undefined };
    const parsed = createSimulcastTargetSchema.safeParse(body);
    if (!parsed.success) return setError(describeLiveStreamIssue(parsed.error.issues[0]));
    create.mutate({ workspaceId, liveStreamId, body: parsed.data }, { onSuccess: () => formEl.reset() });
  };

  return (
    <Card>
      <CardHeader title="Simulcast targets" description="Restream to YouTube, Twitch or any RTMP server while live. A failing target does not affect your stream." />
      {targets.length > 0 && (
        <ul className="divide-y divide-border border-b border-border">
          {targets.map((t) => (
            <li key={t.id} className="flex flex-col gap-1 px-5 py-3" data-testid="simulcast-target">
              <div className="flex min-w-0 items-center gap-2">
                <code className="min-w-0 flex-1 truncate font-mono text-[12px]" title={t.url}>{t.url}</code>
                <Badge tone={tones[t.status] ?? "neutral"} dot>{t.status}</Badge>
                <Button variant="ghost" size="sm" className="text-danger hover:text-danger" disabled={active} title={active ? "Targets change only while the stream is not live" : undefined} onClick={() => setDeleting(t)} aria-label={`Delete simulcast target ${t.url}`}>
                  <Trash2 /> Delete
                </Button>
              </div>
              <div className="text-[12px] text-fg-muted">{t.stream_key ? `Key ${"•".repeat(8)}${t.stream_key.slice(-4)}` : "No stream key"}</div>
              {t.error && <p className="text-[12px] text-danger" data-testid="simulcast-error">{t.error}</p>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3 px-5 py-4" noValidate>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-[2]">
            <Field label="Target URL" htmlFor="simulcast-url">
              <Input id="simulcast-url" name="url" placeholder="rtmp://a.rtmp.youtube.com/live2" disabled={active} autoComplete="off" />
            </Field>
          </div>
          <div className="min-w-40 flex-1">
            <Field label="Stream key" htmlFor="simulcast-key">
              <Input id="simulcast-key" name="stream_key" type="password" placeholder="Optional" disabled={active} autoComplete="off" />
            </Field>
          </div>
          <Button type="submit" pending={create.isPending} disabled={active}><Plus /> Add target</Button>
        </div>
        {active && <p className="text-[12px] text-fg-muted">Targets can be added or removed when the stream is not live.</p>}
        {error && <Alert>{error}</Alert>}
      </form>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ workspaceId, liveStreamId, simulcastTargetId: deleting.id })}
        title="Delete simulcast target?"
        confirmLabel="Delete target"
        mutation={remove}
      >
        The stream will no longer be pushed to <code className="font-mono break-all">{deleting?.url}</code>.
      </ConfirmDialog>
    </Card>
  );
}
