"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { emailSchema, passwordSchema } from "@/server/auth/schemas";
import { roleSchema } from "@/server/workspaces/schemas";
import { useTRPC } from "@/components/providers/trpc";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Input, Select } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { FormActions } from "@/components/ui/form-actions";

/** Adds an existing account, or creates one when a password is given (the server decides). */
export function AddMemberDialog({ workspaceId, open, onClose }: { workspaceId: string; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(
    trpc.workspaces.addMember.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.workspaces.members.queryKey({ workspaceId }) });
        close();
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Field by field with the server's own schemas (the combined one lives beside the DB code).
    const email = emailSchema.safeParse(form.get("email"));
    const role = roleSchema.safeParse(form.get("role"));
    const rawPassword = String(form.get("password") ?? "");
    const password = rawPassword ? passwordSchema.safeParse(rawPassword) : null;
    const issue = [email, role, password].find((r) => r && !r.success);
    if (issue && !issue.success) return setError(issue.error.issues[0]?.message ?? "Check the form");
    if (!email.success || !role.success) return;
    setError(null);
    add.mutate({ workspaceId, email: email.data, role: role.data, password: password?.success ? password.data : undefined });
  };

  return (
    <Dialog open={open} onClose={close} title="Add member" description="Members use this workspace in the console; admins also manage its tokens and members.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Email" htmlFor="member-email">
          <Input id="member-email" name="email" type="email" autoFocus required autoComplete="off" />
        </Field>
        <Field label="Role" htmlFor="member-role">
          <Select id="member-role" name="role" defaultValue="member">
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </Select>
        </Field>
        <Field label="Password for a new account" htmlFor="member-password" hint="Leave empty when the person already has a Keyframe account.">
          <Input id="member-password" name="password" type="password" autoComplete="new-password" />
        </Field>
        <FormActions error={error} onCancel={close} pending={add.isPending}>
          Add member
        </FormActions>
      </form>
    </Dialog>
  );
}
