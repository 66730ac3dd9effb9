import { applyForService, freshAfterSalesOrder, openAsMerchant, serviceNoOf, setShopServices } from "../after-sales";
import { confirmDialog, signInAs } from "../fixtures";
import { expect, test } from "../test";

test.describe.configure({ timeout: 240_000 });

const yuan = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);
const fen = (n: number) => `¥${Math.floor(n / 100).toLocaleString("en-US")}.${String(n % 100).padStart(2, "0")}`;

test("AS-2/AS-4/AS-5: a 7-day no-reason return — 24h review, 运费不得到付, shipped, received, ¥10 shipping deduction agreed, refunded once", async ({
  page,
}) => {
  const order = await freshAfterSalesOrder(page, { type: "退货", reason: "七天无理由" });
  await setShopServices(page, order.owner, { 极速审核: false, 闪电退款: false, 运费险: false });

  // The consumer applies: the status page says it is the merchant's move, within 24h (AS-2).
  const statusPath = await applyForService(page, order, { type: "退货", reason: "七天无理由" });
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByTestId("service-due")).toHaveAttribute("data-party", "merchant");
  const serviceNo = await serviceNoOf(page);
  const goodsFen = yuan(await page.getByText("申请商品金额").locator("xpath=following-sibling::span").innerText());

  // The merchant sees the 24h review deadline and approves with 「运费不得到付」.
  await openAsMerchant(page, order.owner, serviceNo, "pending_review");
  await expect(page.getByTestId("service-due")).toHaveAttribute("data-kind", "review");
  await expect(page.getByTestId("service-due")).toContainText(/剩余 (23小时|1天)/);
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByLabel("审核意见").fill("同意七天无理由退货,请按要求寄回。");
  await page.getByRole("checkbox", { name: /运费不得到付/ }).check();
  await page.getByRole("button", { name: "确认通过" }).click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_return");

  // The consumer is told before shipping that it may not be cash-on-delivery, then ships.
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(statusPath);
  await expect(page.getByTestId("no-cod")).toContainText("运费不得到付");
  await page.getByLabel("物流公司").fill("顺丰速运");
  await page.getByLabel("运单号").fill("SF1234567890");
  await page.getByRole("button", { name: "提交运单号" }).click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_receipt");

  // The return arrives; the merchant proposes a refund with a ¥10 shipping deduction (AS-5).
  await openAsMerchant(page, order.owner, serviceNo, "awaiting_receipt");
  await page.getByRole("button", { name: "确认收货" }).first().click();
  await page.getByRole("button", { name: "确认收货" }).last().click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_processing");
  await page.getByRole("button", { name: "发起协商" }).click();
  await page.getByRole("radio", { name: "扣款" }).check();
  await page.getByLabel("运费扣款(元)").fill("10");
  await expect(page.getByTestId("deduction-preview")).toContainText(fen(goodsFen - 1000));
  await page.getByLabel("说明").fill("寄回运费由您承担,从退款中扣除 10 元。");
  await page.getByRole("button", { name: "发送给消费者" }).click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_consumer");

  // The consumer is asked, with the amounts, and agrees: refunded goods − ¥10.
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(statusPath);
  await expect(page.getByTestId("proposal-prompt")).toContainText("¥10.00");
  await expect(page.getByTestId("proposal-prompt")).toContainText(fen(goodsFen - 1000));
  await page.getByRole("button", { name: "同意", exact: true }).click();
  await confirmDialog(page, "同意方案", fen(goodsFen - 1000));
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("service-refund")).toHaveText(fen(goodsFen - 1000));

  // Exactly once: one after-sales refund on the order, of that amount.
  await page.goto(order.orderPath);
  const refunds = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "退款记录", exact: true }) })
    .locator("li")
    .filter({ hasText: fen(goodsFen - 1000) });
  await expect(refunds).toHaveCount(1);
});
