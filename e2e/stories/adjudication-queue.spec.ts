import type { Locator } from "@playwright/test";
import { expect, test } from "../test";
import { confirmDialog, signInAs } from "../fixtures";

/** The demo consumers by the name the queue shows, and the SOP shops' owners (FBP disputes are the platform's own). */
const consumers: Record<string, string> = {
  王芳: "wangfang@buyer.demo",
  李娜: "lina@buyer.demo",
  张伟: "zhangwei@buyer.demo",
};
const owners: Record<string, string> = {
  晨光数码京东旗舰店: "owner@chenguang.demo",
  拼好货生鲜果园: "owner@pinhaohuo.demo",
  优品家居天猫旗舰店: "owner@youpin.demo",
};

async function cellTexts(rows: Locator, column: number): Promise<string[]> {
  return rows.evaluateAll((trs, i) => trs.map((tr) => tr.querySelectorAll("td")[i]?.textContent?.trim() ?? ""), column);
}

test("DSP-5: an admin works through the adjudication queue and judges a dispute — the consumer is refunded once and the merchant gets a violation ticket", async ({
  page,
}) => {
  // The adjudication console is the admin's home.
  await signInAs(page, "judge@platform.demo", /\/admin\/adjudication/);
  await expect(page.getByRole("heading", { name: "裁决台" })).toBeVisible();
  const rows = page.getByTestId("adjudication-row");
  await expect(rows.first()).toBeVisible();

  // Oldest at the platform first ("到达平台" is the sixth column, YYYY-MM-DD HH:mm sorts as text).
  const reached = await cellTexts(rows, 5);
  expect(reached).toEqual([...reached].sort());

  // Filter to refused-invoice disputes; the filter lives in the URL.
  await page.getByLabel("案件类型").selectOption("invoice_refused");
  await expect(page).toHaveURL(/type=invoice_refused/);
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasNotText: "拒绝开票纠纷" })).toHaveCount(0);

  // The oldest one at an SOP shop, from a demo consumer.
  const candidates = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-case-id") ?? "",
      orderNo: tr.querySelectorAll("td")[1]?.textContent?.trim() ?? "",
      shop: tr.querySelectorAll("td")[2]?.querySelector("div")?.textContent?.trim() ?? "",
      consumer: tr.querySelectorAll("td")[3]?.textContent?.trim() ?? "",
    })),
  );
  const chosen = candidates.find((c) => owners[c.shop] && consumers[c.consumer]);
  if (!chosen) throw new Error("no refused-invoice dispute at an SOP shop waits in the queue");
  const owner = owners[chosen.shop] ?? "";
  const consumer = consumers[chosen.consumer] ?? "";
  await page.locator(`tr[data-case-id="${chosen.id}"]`).getByRole("link", { name: /判责/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/adjudication/dispute/${chosen.id}$`));

  // Everything the judge needs on one screen.
  await expect(page.getByTestId("platform-deadline")).toBeVisible();
  await expect(page.getByTestId("statements")).toContainText(chosen.consumer);
  await expect(page.getByTestId("rule-clauses")).toContainText("DSP-INV-1");
  await expect(page.getByTestId("party-history")).toBeVisible();
  await expect(page.getByTestId("risk-mark-hint")).toBeVisible();

  // Nothing is preselected: submitting at once names every missing piece beside its field.
  const form = page.getByTestId("judgment-form");
  await form.getByRole("button", { name: "提交判责" }).click();
  await expect(form.getByRole("group", { name: "责任方" })).toHaveAccessibleDescription("请选择责任方");
  await expect(form.getByRole("group", { name: "处理结果" })).toHaveAccessibleDescription("请选择处理结果");
  await expect(form.getByLabel(/判责理由/)).toHaveAccessibleDescription(/至少用 5 个字/);
  await expect(form.getByRole("group", { name: /引用规则/ })).toHaveAccessibleDescription(/至少勾选一条/);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // The judgment: merchant liable, a ¥10.00 refund, reasons citing the rules.
  await form.getByRole("group", { name: "责任方" }).getByRole("radio", { name: "商家" }).check();
  await form.getByRole("group", { name: "处理结果" }).getByRole("radio", { name: "退款", exact: true }).check();
  await form.getByLabel(/金额/).fill("10");
  await form.getByLabel(/判责理由/).fill("商家拒绝开票的理由不成立,依据 DSP-INV-1、DSP-5 判商家责任,退款 10 元。");
  await form.getByRole("checkbox", { name: "DSP-INV-1" }).check();
  await form.getByRole("checkbox", { name: "DSP-5" }).check();
  await form.getByRole("button", { name: "提交判责" }).click();
  // The confirmation names the money and who gets it; it is final.
  await confirmDialog(page, "确认判责", `退款 ¥10.00 给 ${chosen.consumer}`);
  await expect(page.getByText("已判责").first()).toBeVisible();
  await expect(page.getByTestId("judgment-form")).toHaveCount(0);
  await expect(page.getByTestId("rule-clauses")).toContainText("本案引用");

  // It left the queue.
  await page.goto("/admin/adjudication");
  await expect(rows.first().or(page.getByText("当前没有等待平台处理的案件"))).toBeVisible();
  await expect(page.locator(`[data-case-id="${chosen.id}"]`)).toHaveCount(0);

  // The consumer sees the judgment and exactly one refund of ¥10.00.
  await signInAs(page, consumer, /\/orders$/);
  await page.goto(`/disputes/${chosen.id}`);
  await expect(page.getByText("已判责").first()).toBeVisible();
  const judgment = page.locator("section").filter({ has: page.getByRole("heading", { name: "判责结果" }) });
  await expect(judgment.locator("li")).toHaveCount(1);
  await expect(judgment.locator("li").first()).toContainText("¥10.00");

  // The merchant finds the DSP-5 violation ticket raised by the judgment, pointing back at the dispute.
  await signInAs(page, owner, /\/merchant/);
  await page.goto("/merchant/violations");
  const ticket = page
    .getByTestId("violation-row")
    .filter({ has: page.locator(`a[href="/merchant/disputes/${chosen.id}"]`) });
  await expect(ticket).toHaveCount(1);
  await expect(ticket).toContainText("纠纷经平台判责商家负责");
});
