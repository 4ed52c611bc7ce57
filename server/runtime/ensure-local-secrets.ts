import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const generated = ["NEXTAUTH_SECRET"] as const;

/**
 * A fresh clone has no secrets configured: generate them once under DATA_DIR and reuse them, so
 * sessions survive restarts. Values already in the environment always win.
 */
export function ensureLocalSecrets(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, "secrets.json");
  const stored = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>) : {};
  let changed = false;
  for (const name of generated) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(generated.map((name) => [name, process.env[name] ?? stored[name]!]));
}
