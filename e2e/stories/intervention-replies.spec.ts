import type { Page } from "@playwright/test";
import { expect, test } from "../test";
import { advanceClock, applyForIntervention, appNow, shanghaiLocal, signInAs } from "../fixtures";

/** A valid 1×1 PNG. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The consumer applies for platform intervention on their first eligible order at `shop`. */
async function applyAt(page: Page, shop: string, status: string, reason: RegExp): Promise<string> {
  const { workOrderId } = await applyForIntervention(page, {
    listPath: `/orders?status=${status}`,
    rowText: shop,
    reason,
    claim: "收到的商品和订单不一致,联系商家没有结果。",
  });
  return workOrderId;
}

test("WO-PDD-2: reshipment without a tracking number is refused; with one it is accepted", async ({ page }) => {
  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  const workOrderId = await applyAt(page, "拼好货生鲜果园", "completed", /^少发漏发/);

  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto(`/merchant/work-orders/${workOrderId}`);
  await page.getByRole("radio", { name: /^补发商品/ }).check();
  await page.getByLabel(/补发说明/).fill("少发的 2 斤苹果已补发,请注意查收。");
  await page.getByRole("button", { name: "提交凭证" }).click();
  await expect(
    page
      .getByText(/补发物流单号/)
      .filter({ hasText: /请|填写|required|需要|缺少/i })
      .first(),
  ).toBeVisible();

  await page.getByLabel(/补发物流单号/).fill("ZTO7788990011");
  await page.getByRole("button", { name: "提交凭证" }).click();
  await expect(page.getByText("已完结").first()).toBeVisible();
  await expect(page.getByText("ZTO7788990011").first()).toBeVisible();
});

test("WO-TM-3/WO-TM-4: a contact before the work order does not count; 'unresolved' with vouchers goes to second-level review", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // three people sign in and the work order goes through two reviews
  if (!baseURL) throw new Error("baseURL");
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  const workOrderId = await applyAt(page, "优品家居天猫旗舰店", "completed", /^协同工单/);
  const opened = await appNow(page);
  await advanceClock(browser, baseURL, 30);

  await signInAs(page, "owner@youpin.demo", /\/merchant/);
  await page.goto(`/merchant/work-orders/${workOrderId}`);
  await page.getByRole("radio", { name: /^无法联系消费者/ }).check();
  await page.getByPlaceholder(/请说明与消费者的沟通经过/).fill("电话两次无人接听,短信未回复。");
  const times = page.locator("input[type=datetime-local]");
  if ((await times.count()) === 0) await page.getByRole("button", { name: "添加联系记录" }).click();
  // WO-TM-3: a contact before the work order's creation is out of range.
  await times.nth(0).fill(shanghaiLocal(new Date(opened.getTime() - 60 * 60_000)));
  expect(await times.nth(0).evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(false);
  await times.nth(0).fill(shanghaiLocal(new Date(opened.getTime() + 5 * 60_000)));
  await page.getByRole("button", { name: "添加联系记录" }).click();
  await times.nth(1).fill(shanghaiLocal(new Date(opened.getTime() + 10 * 60_000)));
  await page
    .locator("input[type=file]")
    .last()
    .setInputFiles({ name: "call-log.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("link", { name: /call-log\.png/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "提交回复" }).click();
  await expect(page.getByText("二审中").first()).toBeVisible();

  await signInAs(page, "senior@platform.demo", /\/admin/);
  await page.goto("/admin/adjudication?stage=reviewing");
  await expect(page.locator(`a[href="/admin/adjudication/work_order/${workOrderId}"]`).first()).toBeVisible();
});
