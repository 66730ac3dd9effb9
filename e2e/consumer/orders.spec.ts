import { expect, test } from "../test";
import { firstOrderPath, setLanguage, signInAs } from "../fixtures";

test("SHOP-3: a consumer sees their own orders and a not-found page for someone else's", async ({ page }) => {
  await signInAs(page, "lina@buyer.demo", /\/orders$/);
  const linasOrder = await firstOrderPath(page);

  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  await expect(page.getByRole("heading", { name: "我的订单" })).toBeVisible();
  const own = await firstOrderPath(page);
  await page.goto(own);
  await expect(page.getByRole("heading", { name: /订单详情/ })).toBeVisible();
  await expect(page.getByRole("main").getByText("张伟")).toBeVisible();

  const response = await page.goto(linasOrder);
  expect(response?.status()).toBe(404);
});

test("the language switch shows English and is remembered", async ({ page }) => {
  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  // Named by what it does and what it shows, in the page's language.
  await page.getByRole("button", { name: "切换语言 English" }).click();
  await expect(page.getByRole("heading", { name: "My orders" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Switch language 中文" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "My orders" })).toBeVisible();
  await setLanguage(page, "zh-CN");
  await expect(page.getByRole("heading", { name: "我的订单" })).toBeVisible();
});
