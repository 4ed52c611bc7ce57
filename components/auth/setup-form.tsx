"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createUserSchema } from "@/server/auth/schemas";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";

/** Creates the first admin (an operator), then signs them straight in. */
export function SetupForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(trpc.setup.createFirstAdmin.mutationOptions());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = createUserSchema.safeParse({
      email: form.get("email"),
      password: form.get("password"),
      name: form.get("name") || undefined,
    });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form");
    setError(null);
    try {
      await create.mutateAsync(parsed.data);
      const result = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
      if (!result?.ok) return router.replace("/sign-in");
      router.replace("/");
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <Field label="Name" htmlFor="name" hint="Optional">
        <Input id="name" name="name" autoComplete="name" />
      </Field>
      <Field label="Email" htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="email" autoFocus required />
      </Field>
      <Field label="Password" htmlFor="password" hint="At least 8 characters">
        <Input id="password" name="password" type="password" autoComplete="new-password" required />
      </Field>
      {error && <Alert>{error}</Alert>}
      <Button type="submit" variant="primary" pending={create.isPending} className="mt-1 w-full justify-center">
        Create admin account
      </Button>
    </form>
  );
}
