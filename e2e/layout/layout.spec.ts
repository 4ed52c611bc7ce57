import { expect, signIn, test } from "../fixtures";

test("at a phone viewport the sidebar is a drawer behind the menu button", async ({ page }, testInfo) => {
  await signIn(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();

  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("phone-closed.png") });

  await page.getByRole("button", { name: "Open navigation" }).click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "Live streams" })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath("phone-drawer.png") });

  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(nav).toBeHidden();
  await expect(page.getByRole("heading", { name: "API access tokens" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("phone-settings.png"), fullPage: true });
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system theme, and the toggle's choice persists", async ({ page }, testInfo) => {
    await signIn(page);
    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(10, 10, 11)");
    await page.screenshot({ path: testInfo.outputPath("dark-assets.png") });

    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "API access tokens" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("dark-settings.png"), fullPage: true });

    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("radio", { name: "Light theme" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    // Set before paint from localStorage, so even the first frame after reload is light.
    await expect(html).not.toHaveClass(/\bdark\b/);
  });
});
