import { expect, test } from "../test";
import { confirmDialog, openRefusedInvoiceDispute, settleThenReject, signInAs } from "../fixtures";

test("DSP-INV-1/DSP-2/DSP-5: refused invoice → dispute → merchant settles 'no invoice needed' → consumer rejects → platform judges", async ({
  page,
}) => {
  // The consumer requests an invoice, the merchant refuses it (INV-2), the consumer opens a
  // refused-invoice dispute (DSP-INV-1).
  const { disputeId, owner, orderNo } = await openRefusedInvoiceDispute(page, "wangfang@buyer.demo");
  // The merchant answers with exactly one plan (已协商无需开票); the consumer rejects it: platform judgment (DSP-2).
  await settleThenReject(page, { disputeId, owner, consumer: "wangfang@buyer.demo", why: "我并没有同意无需开票。" });

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
  await confirmDialog(page, "确认判责", "赔付 ¥20.00 给 王芳");
  await expect(page.getByText("已判责").first()).toBeVisible();
});
