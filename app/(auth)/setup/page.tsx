import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-frame";
import { SetupForm } from "@/components/auth/setup-form";
import { getSession } from "@/server/auth/get-session";
import { hasAnyUser } from "@/server/workspaces/has-any-user";

export const metadata: Metadata = { title: "Set up" };

// GET /setup – first run: create the first admin while no user exists
export default async function SetupPage() {
  if (await getSession()) redirect("/");
  if (await hasAnyUser()) redirect("/sign-in");
  return (
    <>
      <AuthHeading title="Welcome to Keyframe" description="Create the first admin account. It runs this installation and owns the default workspace." />
      <SetupForm />
    </>
  );
}
