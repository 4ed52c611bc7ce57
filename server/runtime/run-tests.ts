/**
 * `npm test`: every suite — vitest (unit, and integration on PGlite and on the local PostgreSQL
 * when reachable) then Playwright end-to-end in Debian's Chromium — and one closing line
 * "N passed, N failed" over all of them. Extra arguments go to vitest (e.g. a path filter).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const results = path.join(root, ".data/test-results");

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const res = spawnSync(path.join(root, "node_modules/.bin", command), args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function ensurePostgresRunning(): void {
  const probe = spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432"], { stdio: "ignore" });
  if (probe.status === 0 || probe.error) return;
  const clusters = fs.existsSync("/etc/postgresql") ? fs.readdirSync("/etc/postgresql") : [];
  for (const version of clusters) {
    spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
  }
}

function count(file: string, read: (json: Record<string, unknown>) => { passed: number; failed: number; skipped: number }) {
  try {
    return read(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>);
  } catch {
    return null;
  }
}

fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
ensurePostgresRunning();

// Type errors anywhere (tests included) fail the run; `next build` only checks what ships.
const typecheckCode = run("tsc", ["--noEmit", "-p", "."]);
if (typecheckCode !== 0) console.error("[test] type-check failed (see above)");
const vitestCode = run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, "vitest.json")}`, ...process.argv.slice(2)]);
const skipE2e = process.argv.length > 2 || process.env.KEYFRAME_SKIP_E2E === "1";
const e2eCode = skipE2e ? 0 : run("playwright", ["test"]);

const unit = count(path.join(results, "vitest.json"), (j) => ({
  passed: Number(j.numPassedTests ?? 0),
  failed: Number(j.numFailedTests ?? 0),
  skipped: Number(j.numPendingTests ?? 0) + Number(j.numTodoTests ?? 0),
}));
const e2e = skipE2e
  ? { passed: 0, failed: 0, skipped: 0 }
  : count(path.join(results, "playwright.json"), (j) => {
      const stats = j.stats as Record<string, number>;
      return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 };
    });

const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
// A suite whose report is missing (it crashed before reporting) counts as one failure.
const failedOf = (report: { failed: number } | null, code: number) => (report ? report.failed || (code ? 1 : 0) : 1);
const failed = failedOf(unit, vitestCode) + failedOf(e2e, e2eCode) + (typecheckCode ? 1 : 0);
const skipped = (unit?.skipped ?? 0) + (e2e?.skipped ?? 0);
console.log(`\nvitest: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : "no report"}; playwright: ${skipE2e ? "skipped" : e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : "no report"}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
