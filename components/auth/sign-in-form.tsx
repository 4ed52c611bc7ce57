"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInSchema } from "@/server/auth/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form");
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result?.ok) {
      setPending(false);
      return setError(result?.error === "CredentialsSignin" ? "Wrong email or password" : "Could not sign in; try again");
    }
    router.replace(callbackUrl);
    router.refresh();
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <Field label="Email" htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="email" autoFocus required />
      </Field>
      <Field label="Password" htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error && <Alert>{error}</Alert>}
      <Button type="submit" variant="primary" pending={pending} className="mt-1 w-full justify-center">
        Sign in
      </Button>
    </form>
  );
}
