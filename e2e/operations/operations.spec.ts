import { cli, expect, signIn, test } from "../fixtures";

test("operators see workflow runs, filter them by status and open a run", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Workflow runs" }).click();
  await expect(page.getByRole("heading", { name: "Workflow runs", exact: true })).toBeVisible();

  const table = page.getByRole("table", { name: "Workflow runs" });
  const empty = page.getByText("No workflow runs yet");
  await expect(table.or(empty)).toBeVisible();
  if (await table.isVisible()) {
    await table.getByRole("row").nth(1).getByRole("link").click();
    await expect(page.getByText("Trigger event")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
    await page.getByRole("link", { name: "Workflow runs" }).first().click();
  }

  await page.getByLabel("Status").selectOption("cancelled");
  await expect(table.or(page.getByText("No cancelled runs"))).toBeVisible();
});

test("workflow runs and health are not there for members", async ({ page }) => {
  const stamp = Date.now();
  const workspace = cli<{ id: string }>("workspace", "create", "--name", `ops-${stamp}`);
  const member = { email: `ops-member-${stamp}@keyframe.test`, password: "member-password-1" };
  cli("user", "create", "--email", member.email, "--password", member.password, "--workspace", workspace.id);

  await signIn(page, member);
  for (const section of ["workflow-runs", "health"]) {
    const response = await page.goto(`/w/${workspace.id}/${section}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the health page shows each part as /api/health reports it", async ({ page, request }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Health" }).click();
  await expect(page.getByRole("heading", { name: "Health", exact: true })).toBeVisible();

  const report = (await (await request.get("/api/health")).json()) as Record<string, string>;
  const labels = { db: "Database", storage: "Storage", worker: "Media worker", ffmpeg: "FFmpeg", workflows: "Workflow runtime" };
  const checks = page.getByRole("list", { name: "Health checks" });
  for (const [key, label] of Object.entries(labels)) {
    const item = checks.getByRole("listitem", { name: label });
    await expect(item).toBeVisible();
    // A part can change between the two reads only if the platform is flapping; the e2e platform is not.
    await expect(item.getByText(report[key] === "ok" ? "OK" : "Error", { exact: true })).toBeVisible();
  }
});
