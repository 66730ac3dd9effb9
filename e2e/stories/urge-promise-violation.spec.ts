import { expect, test } from "../test";
import { advanceClock, appNow, requestInvoiceOnFreshOrder, shanghaiLocal, signInAs } from "../fixtures";

const DAY_MINUTES = 24 * 60;

test("INV-3/INV-4/INV-5/INV-6: urge entry after 10 days, merchant promises a date, the broken promise raises a violation", async ({
  page,
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error("baseURL");
  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  const { orderNo, invoicePath, owner } = await requestInvoiceOnFreshOrder(page);
  await expect(page.getByText(/催开票入口将于 .* 开放/)).toBeVisible();

  // INV-3: one minute short of 10 days the entry is still hidden …
  await advanceClock(browser, baseURL, 10 * DAY_MINUTES - 1);
  await page.goto(invoicePath);
  await expect(page.getByText(/催开票入口将于 .* 开放/)).toBeVisible();
  await expect(page.getByRole("button", { name: "催开票" })).toHaveCount(0);

  // … a minute later it shows, and urging opens a work order (INV-4).
  await advanceClock(browser, baseURL, 1);
  await page.goto(invoicePath);
  await page.getByRole("button", { name: "催开票" }).click();
  await expect(page).toHaveURL(/\/work-orders\//);
  await expect(page.getByText("待处理").first()).toBeVisible();

  // The merchant finds it in the warning queue and agrees an invoicing date (INV-5, INV-9).
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/work-orders?orderNo=${orderNo}`);
  const row = page.locator("table tbody tr").filter({ hasText: orderNo });
  await expect(row).toContainText("催开票工单");
  await expect(row.locator("[data-urgency]")).toBeVisible();
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/merchant\/work-orders\/.+/);
  await page.getByRole("radio", { name: /^已协商开票时间/ }).check();
  const promised = new Date((await appNow(page)).getTime() + DAY_MINUTES * 60_000);
  await page.getByRole("textbox", { name: /^约定开票时间/ }).fill(shanghaiLocal(promised));
  await page.getByRole("button", { name: "提交回复" }).click();
  await expect(page.getByText("已约定开票时间").first()).toBeVisible();
  const workOrderPath = new URL(page.url()).pathname;

  // The date passes with no invoice: broken promise and a violation ticket (INV-6).
  await advanceClock(browser, baseURL, 2 * DAY_MINUTES);
  await page.goto(workOrderPath);
  await expect(page.getByText("承诺未履约").first()).toBeVisible();
  await expect(page.getByText("生成违约单")).toBeVisible();
});
