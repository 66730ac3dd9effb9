import { expect, test } from "../test";
import {
  cancelRequestRejected,
  chooseCancelPlan,
  freshCancelOrder,
  openCancelDispute,
  orderRefundRows,
  setLanguage,
  signInAs,
} from "../fixtures";

// Request, review and dispute: several sign-ins per story.
test.describe.configure({ timeout: 180_000 });

for (const delivery of ["京配", "非京配"] as const) {
  test(`DSP-CXL-2/DSP-2: ${delivery} — direct refund refunds once at the plan, cancel order 退款成功 / 直接退款纠纷方案, consumer confirms`, async ({
    page,
  }) => {
    const order = await freshCancelOrder(page, { delivery });
    await cancelRequestRejected(page, order);
    const disputeId = await openCancelDispute(page, order.orderPath, "商家一直不处理我的取消申请,请直接退款。");
    await expect(page.getByText("待商家处理").first()).toBeVisible();

    // The merchant answers with exactly one plan: direct refund (DSP-CXL-1/2).
    await chooseCancelPlan(page, order.owner, disputeId, /直接退款/, {
      action: `确认退款 ${order.amount}`,
      consequence: `立即原路退款 ${order.amount} 给 `,
    });
    await expect(page.getByText("待客户确认").first()).toBeVisible();

    // The cancel-order module lists it by its reason with 退款成功 (DSP-CXL-6).
    await page.goto(`/merchant/cancel-orders?reason=dispute_direct_refund&orderNo=${order.orderNo}`);
    const row = page.getByTestId("cancel-order-row").filter({ hasText: order.orderNo });
    await expect(row).toContainText("退款成功");
    await expect(row).toContainText("直接退款纠纷方案");

    // The consumer reads what happened in plain words, sees the refund, and confirms (DSP-2, NTF-2).
    await signInAs(page, order.consumer, /\/orders$/);
    await page.goto("/notifications");
    await expect(page.getByText("商家选择直接退款,货款已原路退回:请确认方案,逾期未处理视为同意").first()).toBeVisible();
    await page.goto(`/disputes/${disputeId}`);
    await expect(page.getByTestId("plan-outlook")).toContainText(`商家已同意退款 ${order.amount},已原路退回`);
    await expect(page.getByTestId("refund-status")).toHaveText(`已退款 ${order.amount}`);
    await expect(page.getByText(/请在 .* 前确认或拒绝方案/)).toBeVisible();
    await page.getByRole("button", { name: "同意方案" }).click();
    await expect(page.getByText("已和解").first()).toBeVisible();

    // The refund landed exactly once.
    await page.goto(order.orderPath);
    await expect(orderRefundRows(page)).toHaveCount(1);
    await expect(orderRefundRows(page).first()).toContainText(order.amount);
    await expect(orderRefundRows(page).first()).toContainText("直接退款纠纷方案");
    await expect(orderRefundRows(page).first()).not.toContainText("Direct-refund");

    // In English the refund's reason is English only, not both languages at once.
    await setLanguage(page, "en");
    const englishRow = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Refunds", exact: true }) })
      .locator("li")
      .first();
    await expect(englishRow).toContainText("Direct-refund dispute plan");
    await expect(englishRow).not.toContainText("直接退款");
    await setLanguage(page, "zh-CN");
  });
}
