"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createAccessTokenSchema } from "@/server/auth/schemas";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/input";
import { Field, Label } from "@/components/ui/label";
import { tokenPermissions, type PermissionFlags } from "./token-permissions";
import { FormActions } from "@/components/ui/form-actions";

type CreatedToken = RouterOutputs["accessTokens"]["create"];

const defaults: PermissionFlags = { videoRead: true, videoWrite: true, dataRead: false, system: false };

/** Two steps in one dialog: the form, then the id and secret, shown this once. */
export function CreateTokenDialog({ workspaceId, open, onClose }: { workspaceId: string; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [permissions, setPermissions] = useState<PermissionFlags>(defaults);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useMutation(
    trpc.accessTokens.create.mutationOptions({
      onSuccess: async (token) => {
        setCreated(token);
        await queryClient.invalidateQueries({ queryKey: trpc.accessTokens.list.queryKey({ workspaceId }) });
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  const close = () => {
    onClose();
    setCreated(null);
    setError(null);
    setPermissions(defaults);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    const parsed = createAccessTokenSchema.safeParse({ name: name || undefined, ...permissions });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form");
    if (!Object.values(permissions).some(Boolean)) return setError("Give the token at least one permission");
    setError(null);
    create.mutate({ workspaceId, ...parsed.data });
  };

  if (created) {
    return (
      <Dialog open={open} onClose={close} title="Token created" description={`“${created.name}” can now call the API.`}>
        <div className="flex flex-col gap-4">
          <Alert tone="warning">Copy the secret now. Keyframe stores only a hash of it and will never show it again.</Alert>
          <SecretField id="token-id" label="Token ID" value={created.id} />
          <SecretField id="token-secret" label="Secret" value={created.secret} />
          <p className="text-xs text-fg-muted">Authenticate with HTTP Basic auth: the token ID as the user name, the secret as the password.</p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} onClose={close} title="Create API token" description="Tokens authenticate server-side calls to this workspace's API.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Name" htmlFor="token-name" hint="So you recognise it later, e.g. “production backend”">
          <Input id="token-name" name="name" autoFocus placeholder="API token" maxLength={100} />
        </Field>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-[13px] font-medium">Permissions</legend>
          {tokenPermissions.map((p) => (
            <Checkbox
              key={p.key}
              id={`permission-${p.key}`}
              label={p.label}
              hint={p.hint}
              checked={permissions[p.key]}
              onChange={(checked) => setPermissions((prev) => ({ ...prev, [p.key]: checked }))}
            />
          ))}
        </fieldset>
        <FormActions error={error} onCancel={close} pending={create.isPending}>
          Create token
        </FormActions>
      </form>
    </Dialog>
  );
}

function SecretField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex items-center gap-1 rounded-md border border-border bg-bg-subtle pr-1">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="h-8 min-w-0 flex-1 bg-transparent px-2.5 font-mono text-xs text-fg outline-none" />
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
      </div>
    </div>
  );
}
