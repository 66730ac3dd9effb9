import { expect, test } from "../test";
import { firstOrderPath, signInAs } from "../fixtures";

test("SHOP-3: a merchant signs in with one click and sees only its own shop's orders", async ({ page }) => {
  await signInAs(page, "owner@chenguang.demo", /\/merchant\/work-orders/);
  await page.getByRole("link", { name: "订单管理" }).click();
  await expect(page.getByRole("heading", { name: "订单管理" })).toBeVisible();
  await expect(page.getByText("晨光数码京东旗舰店").first()).toBeVisible();
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(20);

  // Keyset pagination: the next page appends 20 more.
  await page.getByRole("button", { name: "加载更多" }).click();
  await expect(rows).toHaveCount(40);

  // Filter by status: only 已取消 remain.
  await page.getByLabel("订单状态").selectOption("cancelled");
  await expect(page).toHaveURL(/status=cancelled/);
  await expect(rows.first()).toContainText("已取消");
  const statuses = await rows.locator("td:nth-child(5)").allInnerTexts();
  expect(statuses.every((s) => s.includes("已取消"))).toBe(true);

  // Detail page in the shop's time zone with items and masked phone.
  const path = await firstOrderPath(page);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: /订单详情/ })).toBeVisible();
  await expect(page.getByText(/\d{3}\*\*\*\*\d{4}/)).toBeVisible();
});

test("SHOP-3: a merchant gets a not-found page for another shop's order URL", async ({ page }) => {
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto("/merchant/orders");
  const otherShopsOrder = await firstOrderPath(page);
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  const response = await page.goto(otherShopsOrder);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("页面不存在")).toBeVisible();
});

test("wrong password gets a clear error", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").fill("owner@chenguang.demo");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码错误" })).toBeVisible();
});
