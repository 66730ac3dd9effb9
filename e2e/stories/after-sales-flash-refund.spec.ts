import { applyForService, freshAfterSalesOrder, openAsMerchant, serviceNoOf, setShopServices } from "../after-sales";
import { signInAs } from "../fixtures";
import { expect, test } from "../test";

test.describe.configure({ timeout: 240_000 });

test("SVC-2: with 闪电退款 the 7-day no-reason return is refunded when the tracking number is entered", async ({
  page,
}) => {
  const order = await freshAfterSalesOrder(page, { type: "退货", reason: "七天无理由" });
  await setShopServices(page, order.owner, { 极速审核: false, 闪电退款: true, 运费险: false });
  try {
    const statusPath = await applyForService(page, order, { type: "退货", reason: "七天无理由" });
    const serviceNo = await serviceNoOf(page);

    await openAsMerchant(page, order.owner, serviceNo, "pending_review");
    await page.getByRole("button", { name: "审核通过" }).click();
    await page.getByLabel("审核意见").fill("同意退货。");
    await page.getByRole("button", { name: "确认通过" }).click();
    await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_return");

    // The consumer is told beforehand, then refunded on entering the number — nothing has arrived yet.
    await signInAs(page, order.consumer, /\/orders$/);
    await page.goto(statusPath);
    await expect(page.getByTestId("ship-return-form")).toContainText("闪电退款");
    await page.getByLabel("物流公司").fill("京东快递");
    await page.getByLabel("运单号").fill("JD0098765432");
    await page.getByRole("button", { name: "提交运单号" }).click();
    await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_receipt");
    await expect(page.getByText(/闪电退款于/)).toBeVisible();

    await page.goto(order.orderPath);
    const refunds = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "退款记录", exact: true }) })
      .locator("li");
    await expect(refunds.filter({ hasText: /闪电退款/ })).toHaveCount(1);
  } finally {
    await setShopServices(page, order.owner, { 极速审核: false, 闪电退款: false, 运费险: false });
  }
});
