import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-frame";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSession } from "@/server/auth/get-session";
import { hasAnyUser } from "@/server/workspaces/has-any-user";

export const metadata: Metadata = { title: "Sign in" };

// GET /sign-in – the console's sign-in form (first run goes to /setup)
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSession()) redirect("/");
  if (!(await hasAnyUser())) redirect("/setup");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect after sign-in is a phishing aid.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <>
      <AuthHeading title="Sign in to Keyframe" description="Use the account your operator gave you." />
      <SignInForm callbackUrl={target} />
    </>
  );
}
