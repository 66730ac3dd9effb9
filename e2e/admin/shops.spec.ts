import { expect, test } from "../test";
import { signInAs } from "../fixtures";

test("SHOP-1: an admin sees every shop with its business mode and any shop's orders", async ({ page }) => {
  await signInAs(page, "judge@platform.demo", /\/admin\/adjudication/);
  await page.getByRole("link", { name: "店铺管理" }).click();
  await expect(page.getByRole("heading", { name: "店铺管理" })).toBeVisible();
  for (const name of ["晨光数码京东旗舰店", "拼好货生鲜果园", "京选家电自营仓", "优品家居天猫旗舰店"]) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByText("FBP 平台仓配")).toBeVisible();
  await page.getByRole("link", { name: /京选家电自营仓/ }).click();
  // The shop's page renders before it replaces the list (no loading state above a detail page).
  await page.waitForURL(/\/admin\/shops\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /京选家电自营仓/ })).toBeVisible();
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await page.locator("table tbody tr a").first().click();
  await expect(page.getByRole("heading", { name: /订单详情/ })).toBeVisible();
});

test("SHOP-3: a consumer who opens the admin console is sent to their own area", async ({ page }) => {
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  await page.goto("/admin/shops");
  await expect(page).toHaveURL(/\/orders$/);
});

test("MET-2: the admin's shop table sorts by each number, and a shop opens the same dashboard the merchant sees", async ({
  page,
}) => {
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/shops");
  const rows = page.getByTestId("shop-metrics-row");
  await expect(rows).toHaveCount(4);
  const percents = async (cell: string) =>
    (
      await rows
        .getByTestId(cell)
        .evaluateAll((tds) => tds.map((td) => td.querySelector(".font-medium")?.textContent ?? ""))
    ).map((v) => (v === "—" ? null : Number.parseFloat(v)));
  const sortedDesc = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return [...[...known].sort((a, b) => b - a), ...values.filter((v) => v === null)];
  };
  // Default: dispute rate, highest first; shops without a value last.
  expect(await percents("cell-dispute_rate")).toEqual(sortedDesc(await percents("cell-dispute_rate")));
  await page.getByTestId("sort-on_time_reply_rate").filter({ visible: true }).click();
  await expect(page).toHaveURL(/sort=on_time_reply_rate&dir=desc/);
  expect(await percents("cell-on_time_reply_rate")).toEqual(sortedDesc(await percents("cell-on_time_reply_rate")));
  await page.getByTestId("sort-on_time_reply_rate").filter({ visible: true }).click();
  await expect(page).toHaveURL(/sort=on_time_reply_rate&dir=asc/);
  const ascending = await percents("cell-on_time_reply_rate");
  const known = ascending.filter((v): v is number => v !== null);
  expect(known).toEqual([...known].sort((a, b) => a - b));

  await page.getByRole("link", { name: /优品家居天猫旗舰店/ }).click();
  for (const card of [
    "metric-dispute_rate",
    "metric-dispute_refund_rate",
    "metric-on_time_reply_rate",
    "metric-penalty_points",
    "metric-open_items",
  ]) {
    await expect(page.getByTestId(card)).toBeVisible();
  }
  await expect(page.getByTestId("metric-dispute_rate")).toContainText("平台纠纷率");
  await expect(page.getByTestId("trend-dispute_rate")).toBeVisible();
});
