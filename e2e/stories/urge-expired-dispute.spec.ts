import { expect, test } from "../test";
import { advanceClock, confirmDialog, requestInvoiceOnFreshOrder, signInAs } from "../fixtures";

const DAY_MINUTES = 24 * 60;

test("INV-7/DSP-INV-2/DSP-INV-3/DSP-5: no reply in 24h expires the urge work order; the urged dispute can only be judged against the merchant, who is ordered to invoice by a date", async ({
  page,
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error("baseURL");
  await signInAs(page, "lina@buyer.demo", /\/orders$/);
  const { invoicePath } = await requestInvoiceOnFreshOrder(page);

  await advanceClock(browser, baseURL, 10 * DAY_MINUTES + 1);
  await page.goto(invoicePath);
  await page.getByRole("button", { name: "催开票" }).click();
  await expect(page).toHaveURL(/\/work-orders\//);
  const workOrderPath = new URL(page.url()).pathname;

  // INV-7: nobody replies within 24h — the sweeper expires the work order by itself.
  await advanceClock(browser, baseURL, DAY_MINUTES);
  await page.goto(workOrderPath);
  await expect(page.getByText("已超时").first()).toBeVisible();

  // The consumer opens an urged-invoice dispute from the invoice page; it goes straight to the platform.
  await page.goto(invoicePath);
  await page.getByRole("link", { name: "对催开票结果发起纠纷" }).click();
  await page.getByPlaceholder(/请说明发生了什么/).fill("催开票后商家 24 小时内没有任何回复,至今未开票。");
  await page.getByRole("button", { name: "提交纠纷" }).click();
  await expect(page).toHaveURL(/\/disputes\//);
  await expect(page.getByText("平台判责中").first()).toBeVisible();
  const disputeId = new URL(page.url()).pathname.split("/").pop() ?? "";

  // An adjudicator judges from the work order's outcome (DSP-INV-2): merchant liable (DSP-5).
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/adjudication/dispute/${disputeId}`);
  await expect(page.getByText("超时未回复").first()).toBeVisible();
  // The case page states what the outcome implies, and the form offers no other liable party.
  await expect(page.getByTestId("urge-verdict")).toContainText("催开票工单已超时未回复 → 依 DSP-INV-2 商家担责");
  const liable = page.getByRole("group", { name: "责任方" });
  await expect(liable.getByRole("radio")).toHaveCount(1);
  await expect(liable.getByRole("radio", { name: "消费者" })).toHaveCount(0);
  await liable.getByRole("radio", { name: "商家" }).check();
  await page.getByRole("group", { name: "处理结果" }).getByRole("radio", { name: "不予赔付" }).check();
  // DSP-INV-3: the merchant must issue the invoice by a date (far ahead of the demo clock).
  await page.getByRole("checkbox", { name: /责令限期开票/ }).check();
  const issueBy = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("开票期限", { exact: true }).fill(issueBy);
  await page.getByLabel(/判责理由/).fill("催开票工单超时未回复,依据 DSP-INV-2 判商家责任。");
  await page.getByRole("checkbox", { name: "DSP-INV-2" }).check();
  await page.getByRole("button", { name: "提交判责" }).click();
  await confirmDialog(page, "确认判责", `责令开票方于 ${issueBy} 当天结束前开具发票`);
  await expect(page.getByText("已判责").first()).toBeVisible();

  await signInAs(page, "lina@buyer.demo", /\/orders$/);
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByText("已判责").first()).toBeVisible();
  await expect(page.getByTestId("invoice-obligations")).toContainText(`须于 ${issueBy} 当天结束前开具发票`);
  await page.goto(invoicePath);
  await expect(page.getByTestId("invoice-obligations")).toContainText("待开票");
});
