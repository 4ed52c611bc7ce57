import { expect, signIn, test } from "../fixtures";

test("the seeded admin signs in, sees the console and signs out", async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/w\/[^/]+\/assets$/);
  await expect(page.getByRole("heading", { name: "Assets", exact: true })).toBeVisible();
  const consoleUrl = page.url();

  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The session is really gone: the console page it showed now sends us back to sign-in.
  await page.goto(consoleUrl);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("navigation", { name: "Console" })).toHaveCount(0);
});

test("console URLs redirect to sign-in when signed out", async ({ page }) => {
  for (const path of ["/", "/w/some-workspace/settings", "/w/some-workspace/workflow-runs"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  }
});

test("a wrong password shows an error and stays on sign-in", async ({ page, admin }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next.js keeps its own (empty) route announcer alert on the page: pick ours by its text.
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the first-run screen is closed once an admin exists", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
});
