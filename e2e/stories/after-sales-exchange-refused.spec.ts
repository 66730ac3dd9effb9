import { applyForService, freshAfterSalesOrder, openAsMerchant, serviceNoOf } from "../after-sales";
import { confirmDialog, signInAs } from "../fixtures";
import { expect, test } from "../test";

test.describe.configure({ timeout: 180_000 });

test("AS-5/AS-8: the merchant proposes turning an exchange into a return; the consumer refuses and it stays an exchange", async ({
  page,
}) => {
  const order = await freshAfterSalesOrder(page, { type: "换货", reason: "其他" });
  const statusPath = await applyForService(page, order, {
    type: "换货",
    reason: "其他",
    description: "尺码不合适,想换一个。",
  });
  const serviceNo = await serviceNoOf(page);

  // The merchant may not change the result without consent: it proposes 退款 instead.
  await openAsMerchant(page, order.owner, serviceNo, "pending_review");
  await page.getByRole("button", { name: "发起协商" }).click();
  await page.getByRole("radio", { name: "变更处理结果" }).check();
  await page.getByRole("radio", { name: /^退款/ }).check();
  await page.getByLabel("说明").fill("该款已无库存,建议改为退货退款。");
  await page.getByRole("button", { name: "发送给消费者" }).click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "awaiting_consumer");

  // The consumer sees what is proposed and refuses.
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(statusPath);
  await expect(page.getByTestId("proposal-prompt")).toHaveAttribute("data-kind", "change_result");
  await expect(page.getByTestId("proposal-prompt")).toContainText("「换新」改为「退款」");
  await page.getByRole("button", { name: "拒绝", exact: true }).click();
  await confirmDialog(page, "拒绝");

  // The request stands: still an exchange, back with the merchant for review; the refusal may go to the platform.
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("换货");
  await expect(page.getByTestId("service-proposals")).toContainText("消费者已拒绝");
  await expect(page.getByRole("button", { name: "申请平台介入" })).toBeVisible();
  await expect(page.getByText("约定结果")).toHaveCount(0);
});
