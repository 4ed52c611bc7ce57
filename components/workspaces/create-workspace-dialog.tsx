"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createWorkspaceSchema } from "@/server/workspaces/schemas";
import { useTRPC } from "@/components/providers/trpc";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Input, Select } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { useAdminOrganizations } from "./use-admin-organizations";
import { FormActions } from "@/components/ui/form-actions";

/** Creates a workspace and opens its settings, where the first API token is made. */
export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const organizations = useAdminOrganizations();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.workspaces.create.mutationOptions({
      onSuccess: async (workspace) => {
        await queryClient.invalidateQueries({ queryKey: trpc.workspaces.list.queryKey() });
        onClose();
        router.push(`/w/${workspace.id}/settings`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = createWorkspaceSchema.safeParse({ name: form.get("name"), environment: form.get("environment") });
    const organizationId = String(form.get("organizationId") ?? organizations[0]?.id ?? "");
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form");
    setError(null);
    create.mutate({ ...parsed.data, organizationId });
  };

  return (
    <Dialog open={open} onClose={onClose} title="New workspace" description="Workspaces keep assets, tokens and webhooks apart, e.g. one for development and one for production.">
      <form id="create-workspace" onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Name" htmlFor="workspace-name">
          <Input id="workspace-name" name="name" autoFocus placeholder="staging" required />
        </Field>
        <Field label="Environment" htmlFor="workspace-environment">
          <Select id="workspace-environment" name="environment" defaultValue="development">
            <option value="development">Development</option>
            <option value="production">Production</option>
          </Select>
        </Field>
        {organizations.length > 1 && (
          <Field label="Organization" htmlFor="workspace-organization">
            <Select id="workspace-organization" name="organizationId">
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <FormActions error={error} onCancel={onClose} pending={create.isPending} disabled={!organizations.length}>
          Create workspace
        </FormActions>
      </form>
    </Dialog>
  );
}
