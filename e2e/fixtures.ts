import { execFileSync } from "node:child_process";
import { test as base, expect, type Page } from "@playwright/test";
import { e2eAdmin, e2eDataDir } from "./environment";

/** Runs the operator CLI against the e2e platform's database and returns its JSON output. */
export function cli<T>(...args: string[]): T {
  // Accepts cli("user create", …) as well as cli("user", "create", …).
  const argv = args.flatMap((a, i) => (i === 0 ? a.split(" ") : [a]));
  const out = execFileSync("npx", ["tsx", "server/cli/main.ts", ...argv, "--json"], {
    env: { ...process.env, DATA_DIR: e2eDataDir },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

export async function signIn(page: Page, credentials: { email: string; password: string } = e2eAdmin) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

export const test = base.extend<{ admin: typeof e2eAdmin }>({
  admin: async ({}, use) => use(e2eAdmin),
});

export { expect };
