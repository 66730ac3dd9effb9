import { expect, test } from "./test";
import { signInAs } from "./fixtures";

test("phone width: the merchant's orders show as cards and open the detail", async ({ page }) => {
  await signInAs(page, "agent@chenguang.demo", /\/merchant/);
  await page.goto("/merchant/orders");
  const card = page.locator("ul li a[href*='/merchant/orders/']").first();
  await expect(card).toBeVisible();
  await expect(page.locator("table")).toBeHidden();
  await card.click();
  await expect(page.getByRole("heading", { name: /订单详情/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(overflow).toBe(false);
});

test("phone width: the merchant's complaints show as cards, and a complaint's page fits the screen", async ({
  page,
}) => {
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await page.goto("/merchant/complaints");
  const card = page.getByTestId("complaint-card").first();
  await expect(card).toBeVisible();
  await expect(page.locator("table")).toBeHidden();
  await card.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/merchant\/complaints\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("complaint-status")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(overflow).toBe(false);
});
