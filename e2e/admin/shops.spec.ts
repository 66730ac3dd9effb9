import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures";

test("SHOP-1: an admin sees every shop with its business mode and any shop's orders", async ({ page }) => {
  await signInAs(page, "judge@platform.demo", /\/admin\/judgments/);
  await page.getByRole("link", { name: "店铺管理" }).click();
  await expect(page.getByRole("heading", { name: "店铺管理" })).toBeVisible();
  for (const name of ["晨光数码京东旗舰店", "拼好货生鲜果园", "京选家电自营仓", "优品家居天猫旗舰店"]) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByText("FBP 平台仓配")).toBeVisible();
  await page.getByRole("link", { name: /京选家电自营仓/ }).click();
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await page.locator("table tbody tr a").first().click();
  await expect(page.getByRole("heading", { name: /订单详情/ })).toBeVisible();
});

test("SHOP-3: a consumer who opens the admin console is sent to their own area", async ({ page }) => {
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  await page.goto("/admin/shops");
  await expect(page).toHaveURL(/\/orders$/);
});
