import { e2eAdmin, e2ePort } from "./environment";

/** The platform is up (webServer waited for /api/health); make sure sign-in works before any spec. */
export default async function globalSetup(): Promise<void> {
  const res = await fetch(`http://localhost:${e2ePort}/api/auth/csrf`);
  if (!res.ok) throw new Error(`next-auth is not answering: HTTP ${res.status}`);
  console.log(`[e2e] platform at http://localhost:${e2ePort}, admin ${e2eAdmin.email}`);
}
