import os from "node:os";
import path from "node:path";

// Set once in the runner process; Playwright's workers inherit it, so all agree on one data dir.
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `keyframe-e2e-${Date.now()}`);

/** Where the e2e platform runs: its own port and data dir, so it never touches a dev instance. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
/** Live ingest and origin ports of the e2e platform (RTMP and origin TCP, SRT UDP). */
export const e2eLivePorts = { rtmp: e2ePort + 2, srt: e2ePort + 3, origin: e2ePort + 4 };
export const e2eDataDir = process.env.E2E_DATA_DIR;
export const e2eAdmin = { email: "admin@keyframe.test", password: "correct-horse-battery" };
