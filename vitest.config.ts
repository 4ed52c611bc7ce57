import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/**/*.test.ts", "inngest/**/*.test.ts", "components/**/*.test.ts"],
    globalSetup: ["server/testing/global-setup.ts"],
    testTimeout: 60_000,
    // Process logs (workflow runs, workers) only matter when a test fails.
    silent: "passed-only",
    hookTimeout: 120_000,
    // Integration tests start processes and databases; two cores do not gain from more forks.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
