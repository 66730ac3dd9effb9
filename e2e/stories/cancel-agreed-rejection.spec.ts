import { expect, test } from "../test";
import {
  advanceClock,
  chooseCancelPlan,
  freshCancelOrder,
  openCancelDispute,
  orderRefundRows,
  requestCancelOnOrder,
  signInAs,
} from "../fixtures";

// Request, review and dispute: several sign-ins per story.
test.describe.configure({ timeout: 180_000 });

/** Just past the merchant's 24h review window (DSP-CXL-7). */
const REVIEW_WINDOW_MINUTES = 24 * 60 + 1;

for (const delivery of ["京配", "非京配"] as const) {
  test(`DSP-CXL-3: ${delivery} — agreed rejection refunds nothing; the consumer's request stays 待审核 until the merchant rejects it by hand`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const order = await freshCancelOrder(page, { delivery });

    // The consumer asks to cancel first; the dispute waits for the merchant's review window.
    await requestCancelOnOrder(page, order.orderPath);

    // The merchant leaves it unreviewed past the window: the consumer may now open a cancel
    // dispute (DSP-CXL-7); the merchant answers "已协商驳回取消".
    await advanceClock(browser, baseURL ?? "", REVIEW_WINDOW_MINUTES);
    await page.goto(order.orderPath);
    await expect(page.getByTestId("order-cancel-card").getByText("现在可以申请取消订单纠纷")).toBeVisible();
    const disputeId = await openCancelDispute(page, order.orderPath, "取消申请超过 24 小时没人处理,请尽快处理。");
    await chooseCancelPlan(page, order.owner, disputeId, /已协商驳回取消/);
    await expect(page.getByText("待客户确认").first()).toBeVisible();
    await expect(page.getByText(/请到取消订单模块手动驳回/).first()).toBeVisible();

    // The consumer is told nothing is refunded and the request waits for the merchant; confirms.
    await signInAs(page, order.consumer, /\/orders$/);
    await page.goto(`/disputes/${disputeId}`);
    await expect(page.getByTestId("plan-outlook")).toContainText("订单不取消、不退款");
    await expect(page.getByTestId("plan-outlook")).toContainText("您此前提交的取消申请仍待商家审核");
    await expect(page.getByTestId("refund-status")).toHaveText("尚未退款");
    await page.getByRole("button", { name: "同意方案" }).click();
    await expect(page.getByText("已和解").first()).toBeVisible();

    // The request was not rejected automatically: the merchant rejects it by hand (DSP-CXL-3).
    await signInAs(page, order.owner, /\/merchant/);
    await page.goto(`/merchant/cancel-orders?status=pending&orderNo=${order.orderNo}`);
    await page
      .getByTestId("cancel-order-row")
      .filter({ hasText: order.orderNo })
      .getByRole("link", { name: "处理" })
      .click();
    await expect(page).toHaveURL(/\/merchant\/cancel-orders\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "驳回", exact: true }).click();
    await page.getByPlaceholder(/请说明驳回原因/).fill("已与顾客协商一致,订单继续履约。");
    await page.getByRole("button", { name: "确认驳回" }).click();
    await expect(page.getByText("已驳回").first()).toBeVisible();

    // Nothing was refunded.
    await signInAs(page, order.consumer, /\/orders$/);
    await page.goto(order.orderPath);
    await expect(page.getByText("暂无退款")).toBeVisible();
    await expect(orderRefundRows(page)).toHaveCount(0);
  });
}
