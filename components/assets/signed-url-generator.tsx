"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Play } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { embedSnippet } from "./embed-snippet";
import { absoluteUrl } from "./format-media";

const audiences = [
  { value: "v", label: "Video (HLS, MP4)" },
  { value: "t", label: "Thumbnail" },
  { value: "g", label: "Animated GIF" },
  { value: "s", label: "Storyboard" },
] as const;

/**
 * Signs a URL for a signed playback ID. The private key is sent once with the sign request and
 * kept only in this form's state: Keyframe stores public keys only.
 */
export function SignedUrlGenerator({ workspaceId, playbackIds, onPlay }: { workspaceId: string; playbackIds: string[]; onPlay: (url: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.assets.signingKeys.queryOptions({ workspaceId }));
  const [playbackId, setPlaybackId] = useState(playbackIds[0] ?? "");
  const [keyId, setKeyId] = useState("");
  const [privateKey, setPrivateKey] = useState("");
  const [audience, setAudience] = useState<(typeof audiences)[number]["value"]>("v");
  const [hours, setHours] = useState(1);
  const generate = useMutation(
    trpc.assets.createSigningKey.mutationOptions({
      onSuccess: (key) => {
        setKeyId(key.id);
        setPrivateKey(key.private_key);
        void queryClient.invalidateQueries({ queryKey: trpc.assets.signingKeys.queryKey({ workspaceId }) });
      },
    }),
  );
  const sign = useMutation(trpc.assets.signUrl.mutationOptions());
  const chosenKey = keyId || keys.data?.[0]?.id || "";
  const selectedPlaybackId = playbackIds.includes(playbackId) ? playbackId : (playbackIds[0] ?? "");

  if (playbackIds.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Signed URL" description="Sign a URL for a signed playback ID. The private key is used for this signature only and never stored." />
      <form
        className="grid gap-4 px-5 py-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          sign.mutate({ workspaceId, playbackId: selectedPlaybackId, signingKeyId: chosenKey, privateKey, audience, expiresInSeconds: Math.round(hours * 3600) });
        }}
      >
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="sign-playback-id">Playback ID</Label>
          <Select id="sign-playback-id" value={selectedPlaybackId} onChange={(e) => setPlaybackId(e.target.value)}>
            {playbackIds.map((id) => <option key={id} value={id}>{id}</option>)}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="sign-key-id">Signing key</Label>
          <div className="flex gap-2">
            <Select id="sign-key-id" value={chosenKey} onChange={(e) => setKeyId(e.target.value)} className="min-w-0 flex-1">
              {!keys.data?.length && <option value="">No signing keys yet</option>}
              {keys.data?.map((k) => <option key={k.id} value={k.id}>{k.id}</option>)}
            </Select>
            <Button onClick={() => generate.mutate({ workspaceId })} pending={generate.isPending}><KeyRound /> Generate key</Button>
          </div>
        </div>
        <div className="flex flex-col gap-1.5 sm:col-span-2">
          <Label htmlFor="sign-private-key">Private key (base64 or PEM)</Label>
          <textarea
            id="sign-private-key"
            value={privateKey}
            onChange={(e) => setPrivateKey(e.target.value)}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            placeholder="Paste the private_key returned when the signing key was created"
            className="rounded-md border border-border bg-bg px-2.5 py-2 font-mono text-[11px] text-fg shadow-xs focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/20 focus-visible:outline-none"
          />
          {generate.isSuccess && <p className="text-[12px] text-warning">New key {generate.data.id}: copy its private key now — it is not shown again.</p>}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="sign-audience">For</Label>
          <Select id="sign-audience" value={audience} onChange={(e) => setAudience(e.target.value as typeof audience)}>
            {audiences.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="sign-hours">Expires in (hours)</Label>
          <Input id="sign-hours" type="number" min={0.5} max={720} step={0.5} value={hours} onChange={(e) => setHours(Number(e.target.value))} />
        </div>
        <div className="flex items-center gap-2 sm:col-span-2">
          <Button type="submit" variant="primary" pending={sign.isPending} disabled={!chosenKey || !privateKey}>Sign URL</Button>
          {sign.isError && <Alert className="flex-1">{errorMessage(sign.error)}</Alert>}
        </div>
        {sign.data && (
          <div className="flex flex-col gap-2 sm:col-span-2">
            <div className="flex items-center gap-2">
              <code data-testid="signed-url" className="min-w-0 flex-1 truncate rounded bg-bg-muted px-2 py-1.5 font-mono text-[11px]" title={absoluteUrl(sign.data.url)}>{absoluteUrl(sign.data.url)}</code>
              <CopyButton value={absoluteUrl(sign.data.url)} label="Copy signed URL" />
            </div>
            {audience === "v" && (
              <div className="flex items-center gap-2">
                <code data-testid="signed-embed" className="min-w-0 flex-1 truncate rounded bg-bg-muted px-2 py-1.5 font-mono text-[11px]" title={embedSnippet(sign.variables?.playbackId ?? selectedPlaybackId, sign.data.token)}>{embedSnippet(sign.variables?.playbackId ?? selectedPlaybackId, sign.data.token)}</code>
                <CopyButton value={embedSnippet(sign.variables?.playbackId ?? selectedPlaybackId, sign.data.token)} label="Copy embed snippet" />
              </div>
            )}
            {audience === "v" && <Button className="self-start" onClick={() => onPlay(sign.data.url)}><Play /> Play in player</Button>}
          </div>
        )}
      </form>
    </Card>
  );
}
