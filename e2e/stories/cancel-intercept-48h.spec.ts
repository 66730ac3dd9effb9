import { expect, test } from "../test";
import {
  advanceClock,
  cancelRequestRejected,
  chooseCancelPlan,
  confirmDialog,
  freshCancelOrder,
  openCancelDispute,
  orderRefundRows,
  reportLogistics,
  signInAs,
} from "../fixtures";

// Request, review, dispute and the demo clock: several sign-ins per story.
test.describe.configure({ timeout: 300_000 });

const WINDOW_MINUTES = 48 * 60 + 1;
/** The 48h plan asks first: it starts the clock that ends in a refund. */
const intercepting = { action: "确认开始拦截", consequence: "48 小时倒计时" };

test("DSP-CXL-4: 非京配 — 48h interception: 物流待跟进 with a countdown, refunded by the system when the 48h end", async ({
  page,
  browser,
  baseURL,
}) => {
  const order = await freshCancelOrder(page, { delivery: "非京配" });
  await cancelRequestRejected(page, order);
  const disputeId = await openCancelDispute(page, order.orderPath, "下错单了,包裹还在路上,请拦截退款。");
  await chooseCancelPlan(page, order.owner, disputeId, /已协商同意等待48H物流拦截/, intercepting);

  // The merchant's module: 物流待跟进 with the reason and a live countdown (DSP-CXL-6).
  await page.goto(`/merchant/cancel-orders?reason=dispute_interception&orderNo=${order.orderNo}`);
  const row = page.getByTestId("cancel-order-row").filter({ hasText: order.orderNo });
  await expect(row).toContainText("物流待跟进");
  await expect(row).toContainText("48H物流拦截退款纠纷方案");
  await expect(row.locator("[data-urgency]")).toBeVisible();

  // The consumer: what happens and when, with the countdown; nothing refunded yet.
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByTestId("plan-outlook")).toContainText(/前商家未退款的,系统将自动退款/);
  await expect(page.getByTestId("plan-window").locator("[data-urgency]")).toBeVisible();
  await expect(page.getByTestId("refund-status")).toContainText("48 小时拦截期内");

  // 48h later the system refunds (third-party delivery).
  await advanceClock(browser, baseURL ?? "", WINDOW_MINUTES);
  await page.reload();
  await expect(page.getByTestId("refund-status")).toHaveText(`已退款 ${order.amount}`);
  await page.goto(order.orderPath);
  await expect(orderRefundRows(page)).toHaveCount(1);

  await signInAs(page, order.owner, /\/merchant/);
  await page.goto(`/merchant/cancel-orders?orderNo=${order.orderNo}`);
  await expect(
    page.getByTestId("cancel-order-row").filter({ hasText: order.orderNo }).filter({ hasNotText: "已驳回" }),
  ).toContainText("退款成功");
});

test("DSP-CXL-4: 京配 — 48h interception: at the end 通过并拦截, refunded when the logistics adapter reports the interception succeeded", async ({
  page,
  browser,
  baseURL,
}) => {
  const order = await freshCancelOrder(page, { delivery: "京配" });
  await cancelRequestRejected(page, order);
  const disputeId = await openCancelDispute(page, order.orderPath, "不想要了,请拦截包裹并退款。");
  await chooseCancelPlan(page, order.owner, disputeId, /已协商同意等待48H物流拦截/, intercepting);

  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByTestId("plan-outlook")).toContainText(/到期后由京东物流拦截,拦截成功后自动退款/);

  // 48h later: approved and intercepting, no refund yet.
  await advanceClock(browser, baseURL ?? "", WINDOW_MINUTES);
  await page.reload();
  await expect(page.getByTestId("plan-outlook")).toContainText("京东物流正在拦截包裹");
  await expect(page.getByTestId("refund-status")).toContainText("等待物流拦截结果");

  await signInAs(page, order.owner, /\/merchant/);
  await page.goto(`/merchant/cancel-orders?orderNo=${order.orderNo}`);
  await expect(
    page.getByTestId("cancel-order-row").filter({ hasText: order.orderNo }).filter({ hasNotText: "已驳回" }),
  ).toContainText("通过并拦截");

  // The carrier stops the parcel → refunded once.
  await reportLogistics(page, order.orderNo, "拦截成功");
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByTestId("refund-status")).toHaveText(`已退款 ${order.amount}`);
  await page.goto(order.orderPath);
  await expect(orderRefundRows(page)).toHaveCount(1);
});

test("DSP-CXL-4: 京配 — within the 48h the merchant approves early; the interception fails; the merchant then forces the refund (once)", async ({
  page,
}) => {
  const order = await freshCancelOrder(page, { delivery: "京配" });
  await cancelRequestRejected(page, order);
  const disputeId = await openCancelDispute(page, order.orderPath, "包裹还没到,不想要了,请拦截。");
  await chooseCancelPlan(page, order.owner, disputeId, /已协商同意等待48H物流拦截/, intercepting);

  // Approve early from the cancel-order module: a platform parcel in transit is intercepted first.
  await page.goto(`/merchant/cancel-orders?orderNo=${order.orderNo}`);
  await page
    .getByTestId("cancel-order-row")
    .filter({ hasText: order.orderNo })
    .getByRole("link", { name: "处理" })
    .click();
  await expect(page).toHaveURL(/\/merchant\/cancel-orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("cancel-window").locator("[data-urgency]")).toBeVisible();
  await page.getByRole("button", { name: "同意并拦截包裹" }).click();
  await confirmDialog(page, "同意并拦截包裹", `拦截成功后退款 ${order.amount} 给 `);
  await expect(page.getByText("通过并拦截").first()).toBeVisible();

  // The carrier cannot stop it: 拦截失败, nothing refunded automatically.
  await reportLogistics(page, order.orderNo, "拦截失败");
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByTestId("plan-outlook")).toContainText("包裹拦截失败,未自动退款");
  await expect(page.getByTestId("refund-status")).toHaveText("尚未退款");

  // The merchant refunds after all.
  await signInAs(page, order.owner, /\/merchant/);
  await page.goto(`/merchant/cancel-orders?status=interception_failed&orderNo=${order.orderNo}`);
  await page
    .getByTestId("cancel-order-row")
    .filter({ hasText: order.orderNo })
    .getByRole("link", { name: "处理" })
    .click();
  await expect(page).toHaveURL(/\/merchant\/cancel-orders\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "强制退款" }).click();
  await confirmDialog(page, `立即退款 ${order.amount}`, `立即原路退款 ${order.amount} 给 `);
  await expect(page.getByText("退款成功").first()).toBeVisible();

  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(order.orderPath);
  await expect(orderRefundRows(page)).toHaveCount(1);
  await expect(orderRefundRows(page).first()).toContainText(order.amount);
});
