import type { Page } from "@playwright/test";
import { expect, test } from "../test";
import { advanceClock, confirmDialog, openRefusedInvoiceDispute, settleThenReject, signInAs } from "../fixtures";

const DAY_MINUTES = 24 * 60;

/** A small but well-formed one-page PDF (appeal evidence). */
function pdf(): Buffer {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return Buffer.from(body);
}

/** Refused invoice → dispute → settlement rejected by the consumer: a dispute waiting for judgment. Returns its id and the shop's owner. */
async function disputeInJudgment(page: Page): Promise<{ disputeId: string; owner: string }> {
  const { disputeId, owner } = await openRefusedInvoiceDispute(page, "lina@buyer.demo");
  await settleThenReject(page, { disputeId, owner, consumer: "lina@buyer.demo", why: "我没有同意无需开票。" });
  return { disputeId, owner };
}

test("DSP-5/VIO-1/VIO-2/VIO-3: a judgment against the merchant raises a ticket; the shop appeals within 7 days; a senior reviewer who did not judge overturns it — no points", async ({
  page,
}) => {
  const { disputeId, owner } = await disputeInJudgment(page);

  // The adjudicator judges against the merchant (DSP-5).
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/adjudication/dispute/${disputeId}`);
  const form = page.getByTestId("judgment-form");
  await form.getByRole("group", { name: "责任方" }).getByRole("radio", { name: "商家" }).check();
  await form.getByRole("group", { name: "处理结果" }).getByRole("radio", { name: "不予赔付" }).check();
  await form.getByLabel(/判责理由/).fill("商家拒绝开票的理由不成立,判商家责任。");
  await form
    .getByRole("group", { name: /引用规则/ })
    .getByRole("checkbox")
    .first()
    .check();
  await form.getByRole("button", { name: "提交判责" }).click();
  await confirmDialog(page, "确认判责", "不退款、不赔付");
  await expect(page.getByText("已判责").first()).toBeVisible();

  // VIO-1: the shop finds the ticket, linked to the dispute, with a live 7-day countdown.
  await signInAs(page, owner, /\/merchant/);
  await page.goto("/merchant/violations?status=pending");
  const row = page
    .getByTestId("violation-row")
    .filter({ has: page.locator(`a[href="/merchant/disputes/${disputeId}"]`) });
  await expect(row).toContainText("纠纷经平台判责商家负责");
  await expect(row.locator("[data-urgency]")).toContainText(/剩余 6天\d+小时\d+分/);
  await row.getByRole("link", { name: "处理" }).click();
  await expect(page).toHaveURL(/\/merchant\/violations\/.+/);
  const ticketPath = new URL(page.url()).pathname;
  const violationId = ticketPath.split("/").pop() ?? "";
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "pending");

  // VIO-2/3: appeal within the 7 days, with a statement and evidence.
  const respond = page.getByTestId("violation-respond");
  await respond.getByRole("button", { name: "提交申诉" }).click();
  // Both missing pieces are named at once, beside their fields.
  await expect(respond.getByLabel("申诉说明")).toHaveAccessibleDescription(/申诉理由/);
  await expect(respond.getByText("请至少上传 1 个申诉凭证")).toBeVisible();
  await respond.getByLabel("申诉说明").fill("消费者在电话中同意无需开票,且我们已主动补开发票,附补开记录。");
  await respond
    .locator("input[type=file]")
    .setInputFiles({ name: "补开记录.pdf", mimeType: "application/pdf", buffer: pdf() });
  await expect(respond.getByRole("link", { name: /补开记录\.pdf/ })).toBeVisible();
  await respond.getByRole("button", { name: "提交申诉" }).click();
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "appealed");
  await expect(page.getByTestId("appeal-card")).toContainText("消费者在电话中同意无需开票");

  // The adjudicator who judged may not decide the appeal: an explanation instead of the buttons.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/appeals/${violationId}`);
  await expect(page.getByTestId("appeal-blocked")).toBeVisible();
  await expect(page.getByTestId("appeal-decide-form")).toHaveCount(0);

  // The senior reviewer finds it in the queue and overturns it.
  await signInAs(page, "senior@platform.demo", /\/admin/);
  await page.goto("/admin/appeals");
  await page
    .locator(`[data-testid=appeal-row][data-violation-id="${violationId}"]`)
    .getByRole("link", { name: "审核" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/appeals/${violationId}$`));
  await expect(page.getByTestId("appeal-card")).toContainText("补开记录.pdf");
  const decide = page.getByTestId("appeal-decide-form");
  await decide.getByRole("radio", { name: /申诉成立/ }).check();
  await decide.getByLabel("审核理由").fill("商家已提供补开发票记录,撤销违约单。");
  await decide.getByRole("button", { name: "提交审核结论" }).click();
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "overturned");

  // VIO-3: overturned tickets carry no points.
  await signInAs(page, owner, /\/merchant/);
  await page.goto(ticketPath);
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "overturned");
  await expect(page.getByTestId("violation-points-value")).toContainText("不扣分");
  await expect(page.getByTestId("appeal-decision-reason")).toContainText("撤销违约单");
});

test("VIO-1/VIO-2: a ticket an admin raises by hand and the shop leaves alone takes effect by itself at 7 days (demo clock)", async ({
  page,
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error("baseURL");
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/violations");
  await page.getByRole("link", { name: "开具违约单" }).click();
  const form = page.getByTestId("raise-violation-form");
  await form.getByLabel("店铺").selectOption({ label: "拼好货生鲜果园" });
  await form.getByLabel("违规规则").selectOption("AS-6");
  await form.getByLabel("违规事实").fill("退货申请超过 48 小时未审核(端到端测试)。");
  await form.getByRole("button", { name: "开具违约单" }).click();
  await expect(page).toHaveURL(/\/admin\/violations\/[0-9a-f-]{36}$/);
  const violationId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "pending");

  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto(`/merchant/violations/${violationId}`);
  await expect(page.getByTestId("violation-deadline").locator("[data-urgency]")).toContainText(/剩余 6天\d+小时\d+分/);

  // Ten minutes short of 7 days: still waiting for the shop.
  await advanceClock(browser, baseURL, 7 * DAY_MINUTES - 10);
  await page.reload();
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("violation-deadline").locator("[data-urgency]")).toContainText(/剩余 \d分\d+秒/);

  // The 7 days pass: taken as accepted, in effect, by the system.
  await advanceClock(browser, baseURL, 10);
  await page.reload();
  await expect(page.getByTestId("violation-status")).toHaveAttribute("data-status", "effective");
  await expect(page.getByTestId("violation-respond")).toHaveCount(0);
  await expect(page.getByTestId("violation-timeline")).toContainText("7 天内未确认或申诉,视为认可,自动生效");
  await expect(page.getByTestId("violation-points-value")).toContainText("2 分");
});
