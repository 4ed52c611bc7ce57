import { redirect } from "next/navigation";
import { AuthFrame, AuthHeading } from "@/components/auth/auth-frame";
import { listUserWorkspaces } from "@/server/workspaces/list-user-workspaces";
import { requireSession } from "./require-session";

// GET / – the console opens on the user's first workspace
export default async function ConsoleHome() {
  const session = await requireSession();
  const [first] = await listUserWorkspaces({ userId: session.user.id });
  if (first) redirect(`/w/${first.id}/assets`);
  return (
    <AuthFrame>
      <AuthHeading title="No workspace yet" description="Your account is not a member of any workspace. Ask a workspace admin to add you." />
    </AuthFrame>
  );
}
