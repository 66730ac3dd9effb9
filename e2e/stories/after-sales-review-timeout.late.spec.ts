import { applyForService, freshAfterSalesOrder, openAsMerchant, serviceNoOf, setShopServices } from "../after-sales";
import { advanceClock, signInAs } from "../fixtures";
import { expect, test } from "../test";

// Moves the demo clock by two days: runs in the "late" project, after every other test.
test.describe.configure({ timeout: 300_000 });

const HOUR_MINUTES = 60;

test("AS-2/AS-6 (done-when 4): a quality return left unreviewed — at 47h nothing has happened; past 48h the system approves and one ticket exists", async ({
  page,
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error("baseURL");
  const order = await freshAfterSalesOrder(page, { type: "退货", reason: "质量问题" });
  await setShopServices(page, order.owner, { 极速审核: false, 闪电退款: false, 运费险: false });

  // A quality claim (photo and description) is reviewed within 48h (AS-2), said before applying.
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(`${order.orderPath}/after-sales`);
  const item = page.locator("form li").filter({ has: page.locator("input[type=checkbox]:not([disabled])") });
  const box = item.first().locator("input[type=checkbox]");
  if (!(await box.isChecked())) await box.check();
  await page.getByRole("radio", { name: "退货", exact: true }).check();
  await page.getByRole("radio", { name: "质量问题", exact: true }).check();
  await expect(page.getByText("商家将在 48 小时内审核")).toBeVisible();
  const statusPath = await applyForService(page, order, {
    type: "退货",
    reason: "质量问题",
    description: "耳机右侧没有声音,换了设备也一样。",
    photo: true,
  });
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByTestId("service-due")).toHaveAttribute("data-kind", "review");
  const serviceNo = await serviceNoOf(page);

  // 47h later nothing has happened, on either side.
  await advanceClock(browser, baseURL, 47 * HOUR_MINUTES);
  await page.reload();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByTestId("service-due")).toHaveAttribute("data-party", "merchant");
  await openAsMerchant(page, order.owner, serviceNo, "pending_review");
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "pending_review");
  // Under an hour left: minutes and seconds only.
  await expect(page.getByTestId("service-due")).toContainText(/剩余 \d+分\d+秒/);
  await page.goto("/merchant/violations");
  await expect(page.locator("table tbody tr").filter({ hasText: serviceNo })).toHaveCount(0);

  // Past 48h: the policy's timeout outcome (approve) applies, and the timeline says the system did it.
  await advanceClock(browser, baseURL, HOUR_MINUTES + 1);
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(statusPath);
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_return");
  await expect(page.getByText("商家超时未审核,系统自动审核通过")).toBeVisible();

  // The merchant's 违规 list: exactly one ticket, naming this service order (AS-6).
  await signInAs(page, order.owner, /\/merchant/);
  await page.goto("/merchant/violations");
  const tickets = page.locator("table tbody tr").filter({ hasText: serviceNo });
  await expect(tickets).toHaveCount(1);
  await expect(tickets).toContainText("售后服务单");
});
