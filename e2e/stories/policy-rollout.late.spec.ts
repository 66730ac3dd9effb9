import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { confirmDialog, signInAs } from "../fixtures";
import { expect, test } from "../test";

// Rolls cancel-dispute v2 out to half the shops: runs in the "late" project, after every other
// test, so no other story's cancel deadlines change under it.
test.describe.configure({ timeout: 180_000 });

const POLICY_ID = "jd.dispute.order_cancel";
const SHOP = "晨光数码京东旗舰店";

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("ROL-1/ROL-2 (done-when 1): an admin drafts cancel-dispute v2 with a 24h interception window, a second admin approves, it rolls out to 50% and the shop inside sees the notice", async ({
  page,
}) => {
  // The first admin starts a draft from the version in force and shortens the interception window.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/policies");
  const card = () => page.locator("section", { has: page.locator("h2", { hasText: POLICY_ID }) });
  await expect(card().getByText("生效版本 v1").first()).toBeVisible();
  await card().getByRole("button", { name: "起草新版本" }).click();
  await expect(page).toHaveURL(/\/admin\/policies\/drafts\/[0-9a-f-]{36}$/);
  const draftPath = new URL(page.url()).pathname;

  const window = page.getByLabel("cancelWindows.interceptionMs (小时)");
  await expect(window).toHaveValue("48");
  await window.fill("24");
  await expect(page.getByText("有未保存的修改")).toBeVisible();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存")).toBeVisible();
  const diff = page.locator("li", { hasText: "cancelWindows.interceptionMs" });
  await expect(diff).toContainText("48 小时");
  await expect(diff).toContainText("24 小时");
  await expect(page.getByText("校验通过")).toBeVisible();
  // The author cannot approve their own draft.
  await expect(page.getByText("等待另一位管理员审批")).toBeVisible();
  await expect(page.getByRole("button", { name: "审批并发布" })).toHaveCount(0);

  // A draft with a negative deadline shows the problem beside the field.
  await window.fill("-1");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(window).toHaveAttribute("aria-invalid", "true");
  await window.fill("24");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("校验通过")).toBeVisible();
  // Saved for real: a fresh load shows the 24h window, and the page has no serious a11y findings.
  await page.reload();
  await expect(window).toHaveValue("24");
  expect(await seriousViolations(page)).toEqual([]);

  // The second admin approves and publishes after a dialog naming the consequence.
  await signInAs(page, "senior@platform.demo", /\/admin/);
  await page.goto(draftPath);
  await expect(page.getByText("仅起草人可修改草稿")).toBeVisible();
  await page.getByRole("button", { name: "审批并发布" }).click();
  await confirmDialog(page, "确认发布", "发布后不可修改");
  await expect(page).toHaveURL(/\/admin\/policies$/);
  await expect(card().getByText("已发布").first()).toBeVisible();

  // Rolled out to about half the shops, 晨光 among them by choice.
  const rollout = card().getByRole("form", { name: "灰度发布" });
  await expect(rollout.getByLabel("版本")).toHaveValue("2");
  await rollout.getByLabel("比例(%)").fill("50");
  await rollout.getByRole("checkbox", { name: SHOP }).check();
  await rollout.getByRole("button", { name: "应用灰度" }).click();
  await confirmDialog(page, "确认灰度", "新版本将用于约 50% 店铺的新单,另加 1 家指定店铺;进行中的单保持原规则");
  await expect(card().getByText("v2 灰度 50%(上一版本 v1)")).toBeVisible();
  await expect(card().getByText(`指定店铺:${SHOP}`)).toBeVisible();
  await expect(card().getByText(/v2:\d+ 家店铺/)).toBeVisible();

  // The shop inside the rollout reads the notice: the version, when it took effect, what changed.
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await page.getByRole("link", { name: "规则公告" }).first().click();
  await expect(page).toHaveURL(/\/merchant\/rules$/);
  const notice = page.locator("li", { hasText: "取消订单纠纷 更新为 v2" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("生效时间");
  await expect(notice.locator("li", { hasText: "cancelWindows.interceptionMs" })).toContainText("24 小时");
  await expect(page.getByRole("row", { name: /取消订单纠纷/ }).first()).toContainText("v2");
});
