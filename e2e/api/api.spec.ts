import { expect, test } from "../fixtures";

test("the API reference and the OpenAPI document are public and agree", async ({ page, request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, object> };
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.paths["/video/v1/uploads"]).toHaveProperty("post");

  // Not signed in: the page renders anyway (it describes the API, it holds no workspace data).
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "Keyframe API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Direct uploads" })).toBeVisible();
  const createAsset = page.locator("#createAsset");
  await expect(createAsset.getByText("/video/v1/assets", { exact: true })).toBeVisible();
  await expect(createAsset.getByText("video:write")).toBeVisible();
  const fields = createAsset.getByRole("table", { name: "createAsset request body" });
  await expect(fields.getByRole("row").filter({ hasText: "input[].url" })).toContainText("yes");
  await expect(fields.getByRole("row").filter({ hasText: /^video_quality/ })).toContainText('"basic" | "plus" | "premium"');
  await expect(page.locator("#createDirectUpload pre")).toContainText('"status": "waiting"');
});
