/**
 * Seeds a playable asset into the running e2e platform (run with DATA_DIR of the platform): the
 * platform's own media worker encodes the HLS ladder. Prints { assetId, playbackIds } as JSON.
 * Usage: tsx e2e/assets/seed-playable-asset.ts <workspaceId> <public|signed>[,…] [title]
 */
import { closeDb } from "@/server/db/client";
import { createPlayableAsset } from "@/server/delivery/testing/create-playable-asset";

const [workspaceId, policies = "public", title] = process.argv.slice(2);
if (!workspaceId) throw new Error("usage: seed-playable-asset <workspaceId> <policies> [title]");
const asset = await createPlayableAsset({
  workspaceId,
  policies: policies.split(",") as ("public" | "signed")[],
  durationSeconds: 10,
  title,
  timeoutMs: 120_000,
});
console.log(JSON.stringify(asset));
await closeDb();
process.exit(0);
