import { expect, test } from "@playwright/test";
import { requestInvoiceOnFreshOrder, signInAs } from "../fixtures";

test("DSP-INV-1/DSP-2/DSP-5: refused invoice → dispute → merchant settles 'no invoice needed' → consumer rejects → platform judges", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  const { orderNo, invoicePath, owner } = await requestInvoiceOnFreshOrder(page);

  // The merchant refuses with a reason (INV-2).
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/invoices?orderNo=${orderNo}`);
  await page.locator("table tbody tr").filter({ hasText: orderNo }).getByRole("link").first().click();
  await page.getByPlaceholder(/请说明无法开票的原因/).fill("该商品为赠品,不在开票范围内。");
  await page.getByRole("button", { name: "确认拒绝" }).click();
  await expect(page.getByText("已拒绝开票").first()).toBeVisible();

  // The consumer opens a refused-invoice dispute.
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  await page.goto(invoicePath);
  await page.getByRole("link", { name: "对拒绝开票发起纠纷" }).click();
  await page.getByPlaceholder(/请说明发生了什么/).fill("商品是正常购买的,不是赠品,请开具发票。");
  await page.getByRole("button", { name: "提交纠纷" }).click();
  await expect(page).toHaveURL(/\/disputes\//);
  const disputeId = new URL(page.url()).pathname.split("/").pop() ?? "";

  // The merchant answers with exactly one plan: agreed no invoice is needed (DSP-INV-1).
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/disputes/${disputeId}`);
  await page.getByLabel("已协商无需开票").check();
  await page.getByRole("button", { name: "提交方案" }).click();
  await expect(page.getByText("待客户确认").first()).toBeVisible();

  // The consumer rejects the settlement: the dispute goes to platform judgment (DSP-2).
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await page.getByRole("button", { name: "不同意,申请平台判责" }).click();
  await page.getByPlaceholder(/请说明您不同意的原因/).fill("我并没有同意无需开票。");
  await page.getByRole("button", { name: "提交并申请平台判责" }).click();
  await expect(page.getByText("平台判责中").first()).toBeVisible();

  // The platform judges (DSP-5).
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/adjudication");
  await expect(page.getByText(orderNo).first()).toBeVisible();
  await page.goto(`/admin/adjudication/dispute/${disputeId}`);
  await expect(page.getByText("我并没有同意无需开票。").first()).toBeVisible();
  await page.getByRole("group", { name: "责任方" }).getByRole("radio", { name: "商家" }).check();
  await page.getByRole("group", { name: "处理结果" }).getByRole("radio", { name: "赔付", exact: true }).check();
  await page.getByLabel(/金额/).fill("20");
  await page.getByLabel(/判责理由/).fill("商家未能证明已与消费者协商一致,判商家责任并赔付 20 元。");
  await page.getByRole("checkbox", { name: "DSP-2" }).check();
  await page.getByRole("button", { name: "提交判责" }).click();
  await expect(page.getByText("已判责").first()).toBeVisible();
});
