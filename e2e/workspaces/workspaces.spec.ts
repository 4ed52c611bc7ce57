import { cli, expect, signIn, test } from "../fixtures";

type Workspace = { id: string; name: string };

test("a member of workspace A does not see workspace B and gets a 404 on its URL", async ({ page }) => {
  const stamp = Date.now();
  const a = cli<Workspace>("workspace", "create", "--name", `tenant-a-${stamp}`);
  const b = cli<Workspace>("workspace", "create", "--name", `tenant-b-${stamp}`, "--environment", "production");
  const member = { email: `member-${stamp}@keyframe.test`, password: "member-password-1" };
  cli("user", "create", "--email", member.email, "--password", member.password, "--workspace", a.id);

  await signIn(page, member);
  await expect(page).toHaveURL(new RegExp(`/w/${a.id}/assets$`));

  await page.getByRole("button", { name: /^Workspace:/ }).click();
  const list = page.getByRole("list", { name: "Workspaces" });
  await expect(list.getByRole("link", { name: new RegExp(a.name) })).toBeVisible();
  await expect(list.getByRole("link", { name: new RegExp(b.name) })).toHaveCount(0);
  // Members are not organization admins, and not operators.
  await expect(page.getByRole("button", { name: "New workspace" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Workflow runs" })).toHaveCount(0);

  const response = await page.goto(`/w/${b.id}/assets`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(b.name)).toHaveCount(0);
});

test("a member sees the workspace's tokens and members read-only", async ({ page }) => {
  const stamp = Date.now();
  const a = cli<Workspace>("workspace", "create", "--name", `readonly-${stamp}`);
  const member = { email: `reader-${stamp}@keyframe.test`, password: "member-password-1" };
  cli("user", "create", "--email", member.email, "--password", member.password, "--workspace", a.id);

  await signIn(page, member);
  await page.goto(`/w/${a.id}/settings`);
  await expect(page.getByRole("heading", { name: "API access tokens" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Members" }).getByText(member.email)).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
});
