import { expect, test } from "../test";
import { advanceClock, applyForIntervention, signInAs } from "../fixtures";

/** A valid 1×1 PNG. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const shopOwners: Record<string, string> = {
  晨光数码京东旗舰店: "owner@chenguang.demo",
  拼好货生鲜果园: "owner@pinhaohuo.demo",
  京选家电自营仓: "owner@jingxuan.demo",
  优品家居天猫旗舰店: "owner@youpin.demo",
};

test("WO-1/WO-3/WO-PDD-1: not received — a receipt alone is refused for the missing red-stamp proof; at 48h the consumer is refunded in full exactly once", async ({
  page,
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error("baseURL");
  // The first demo consumer with a signed order (not a worry-free one).
  let consumer = "";
  for (const email of ["lina@buyer.demo", "wangfang@buyer.demo", "zhangwei@buyer.demo"]) {
    await signInAs(page, email, /\/orders$/);
    await page.goto("/orders?status=signed");
    await expect(page.locator("table tbody tr").first().or(page.getByText("没有符合条件的订单"))).toBeVisible();
    if (
      (await page
        .locator("table tbody tr")
        .filter({ hasNot: page.getByText("无忧采购订单") })
        .count()) > 0
    ) {
      consumer = email;
      break;
    }
  }
  if (!consumer) throw new Error("no demo consumer has a signed order");
  // WO-1: the consumer applies for platform intervention: not received.
  const { orderPath, workOrderId, shopName, amount } = await applyForIntervention(page, {
    listPath: "/orders?status=signed",
    reason: /^未收到货/,
    claim: "物流显示已签收,但我没有收到包裹,也没有人代收。",
  });

  // WO-PDD-1 / WO-3: the merchant uploads only the shipping receipt and is told what is missing.
  const owner = shopOwners[shopName];
  if (!owner) throw new Error(`unknown shop ${shopName}`);
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/work-orders/${workOrderId}`);
  await page
    .getByLabel("发货底单", { exact: true })
    .setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("link", { name: /receipt\.png/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "提交凭证" }).click();
  await expect(
    page
      .getByText(/签收物流红章证明/)
      .filter({ hasText: /至少|缺少|需要|missing/i })
      .first(),
  ).toBeVisible();

  // 48h pass without the proof: a full refund, once — sweeping again adds nothing.
  await advanceClock(browser, baseURL, 48 * 60);
  await advanceClock(browser, baseURL, 60);
  await signInAs(page, consumer, /\/orders$/);
  await page.goto(orderPath);
  const refunds = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "退款记录" }) })
    .locator("li");
  await expect(refunds).toHaveCount(1);
  await expect(refunds.first()).toContainText(amount);
});
