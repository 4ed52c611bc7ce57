import Link from "next/link";
import { AuthFrame } from "@/components/auth/auth-frame";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <AuthFrame>
      <p className="font-mono text-xs text-fg-muted">404</p>
      <h1 className="mt-1 text-lg font-semibold tracking-tight">Page not found</h1>
      <p className="mt-1 text-[13px] text-fg-muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className={buttonClasses("secondary", "md", "mt-5")}>
        Back to the console
      </Link>
    </AuthFrame>
  );
}
