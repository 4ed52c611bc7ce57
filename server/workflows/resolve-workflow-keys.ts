import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, env } from "@/server/env";

export interface WorkflowKeys {
  signingKey: string | undefined;
  eventKey: string;
}

let cached: WorkflowKeys | null = null;

function readOrCreateSigningKey(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Inngest keys are hex after the prefix: the SDK hashes them as hex for the Bearer token.
    const key = `signkey-prod-${randomBytes(32).toString("hex")}`;
    try {
      fs.writeFileSync(file, key, { flag: "wx", mode: 0o600 });
      return key;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
}

/**
 * The signing and event keys shared by the app and the workflow server. With a real Inngest
 * server they come from the environment; the embedded runtime generates a signing key once under
 * DATA_DIR (so web, worker and runtime on one host agree) and derives the event key from it.
 */
export function resolveWorkflowKeys(): WorkflowKeys {
  if (cached) return cached;
  if (env.INNGEST_BASE_URL) {
    cached = { signingKey: env.INNGEST_SIGNING_KEY, eventKey: env.INNGEST_EVENT_KEY ?? "keyframe-missing-event-key" };
    return cached;
  }
  const signingKey = env.INNGEST_SIGNING_KEY ?? readOrCreateSigningKey(path.join(dataDir, "workflows-signing-key"));
  const eventKey = env.INNGEST_EVENT_KEY ?? `kf-${createHash("sha256").update(`event-key:${signingKey}`).digest("hex").slice(0, 40)}`;
  cached = { signingKey, eventKey };
  return cached;
}
