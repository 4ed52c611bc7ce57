import { expect, signIn, test } from "../fixtures";

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

test("a workspace and an API token made in the console authenticate the API until revoked", async ({ page, request }) => {
  await signIn(page);

  // A new workspace, from the switcher.
  const workspaceName = `e2e-settings-${Date.now()}`;
  await page.getByRole("button", { name: /^Workspace:/ }).click();
  await page.getByRole("button", { name: "New workspace" }).click();
  const newWorkspace = page.getByRole("dialog", { name: "New workspace" });
  await newWorkspace.getByLabel("Name").fill(workspaceName);
  await newWorkspace.getByLabel("Environment").selectOption("production");
  await newWorkspace.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/settings$/);
  await expect(page.getByRole("button", { name: /^Workspace:/ })).toContainText(workspaceName);
  const workspaceId = new URL(page.url()).pathname.split("/")[2]!;

  // A token in it: the dialog shows the secret once.
  const tokenName = "e2e backend";
  await page.getByRole("button", { name: "Create token" }).click();
  const create = page.getByRole("dialog", { name: "Create API token" });
  await expect(create.getByLabel("Video read")).toBeChecked();
  await expect(create.getByLabel("Video write")).toBeChecked();
  await expect(create.getByLabel("System")).not.toBeChecked();
  await create.getByLabel("Name").fill(tokenName);
  await create.getByRole("button", { name: "Create token" }).click();
  const created = page.getByRole("dialog", { name: "Token created" });
  await expect(created.getByText("will never show it again")).toBeVisible();
  const id = await created.getByLabel("Token ID", { exact: true }).inputValue();
  const secret = await created.getByLabel("Secret", { exact: true }).inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await created.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("table", { name: "Access tokens" }).getByRole("row", { name: new RegExp(tokenName) });
  await expect(row.getByText("Active")).toBeVisible();
  await expect(row.getByText("Video write")).toBeVisible();

  // The secret works against the REST API, for this workspace.
  const whoami = await request.get("/system/v1/whoami", { headers: { Authorization: basic(id, secret) } });
  expect(whoami.status()).toBe(200);
  const body = (await whoami.json()) as { data: { access_token_id: string; workspace_id: string } };
  expect(body.data.access_token_id).toBe(id);
  expect(body.data.workspace_id).toBe(workspaceId);

  // Revoked, it is refused.
  await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  await page.getByRole("dialog", { name: "Revoke token?" }).getByRole("button", { name: "Revoke token" }).click();
  await expect(row.getByText(/^Revoked/)).toBeVisible();
  const refused = await request.get("/system/v1/whoami", { headers: { Authorization: basic(id, secret) } });
  expect(refused.status()).toBe(401);
});

test("a wrong secret is refused", async ({ request }) => {
  const res = await request.get("/system/v1/whoami", { headers: { Authorization: basic("not-a-token", "nope") } });
  expect(res.status()).toBe(401);
});
