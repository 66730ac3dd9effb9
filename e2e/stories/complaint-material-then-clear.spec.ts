import { expect, test } from "../test";
import { confirmDialog, signInAs } from "../fixtures";

test.describe.configure({ timeout: 240_000 });

const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("MAL-2: the judge asks 拼好货 for more material once, the merchant supplements it, the judge upholds, and a senior reviewer clears the wrong mark with a reason", async ({
  page,
}) => {
  // The judge opens the demo's 黄牛批量下单 complaint from the review queue and asks for more material.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/complaints");
  const row = page.getByTestId("complaint-queue-row").filter({ hasText: "黄牛批量下单" }).first();
  await expect(row).toContainText("拼好货");
  await row.getByRole("link", { name: "审核" }).click();
  await expect(page).toHaveURL(/\/admin\/complaints\/[0-9a-f-]{36}$/);
  const complaintId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByText("投诉店铺")).toBeVisible();
  await page.getByRole("radio", { name: "要求补充材料" }).check();
  await page.getByLabel("理由").fill("请补充同一收货地址多个账号下单的订单截图。");
  await page.getByRole("button", { name: "要求补充材料" }).click();
  await confirmDialog(page, "确认要求补充材料", /小时内补充材料/);
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "needs_material");

  // 拼好货 answers within its window: inline errors first (all at once), then a note and a screenshot.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto(`/merchant/complaints/${complaintId}`);
  const request = page.getByTestId("material-request");
  await expect(request).toContainText("请补充同一收货地址多个账号下单的订单截图。");
  await expect(request).toContainText("请在截止前补充");
  await request.getByRole("button", { name: "提交补充材料" }).click();
  await expect(request.getByText("请至少用 10 个字说明情况")).toBeVisible();
  await expect(request.getByText("请至少上传 1 个补充材料")).toBeVisible();
  await request.getByLabel("补充说明").fill("已补充 3 个账号同一地址下单的截图。");
  await request
    .locator("input[type=file]")
    .setInputFiles({ name: "same-address.png", mimeType: "image/png", buffer: png });
  await expect(request.getByRole("link", { name: /same-address\.png/ })).toBeVisible();
  await request.getByRole("button", { name: "提交补充材料" }).click();
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByTestId("material-request")).toContainText("商家已补充材料");

  // The judge sees the supplement, cannot ask again, and upholds.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/complaints/${complaintId}`);
  await expect(page.getByRole("link", { name: /same-address\.png/ }).first()).toBeVisible();
  await expect(page.getByRole("radio", { name: "要求补充材料" })).toBeDisabled();
  await page.getByRole("radio", { name: "投诉成立" }).check();
  await page.getByLabel("理由").fill("补充截图显示同一地址多个账号批量下单,投诉成立。");
  await page.getByRole("button", { name: "投诉成立" }).click();
  await confirmDialog(page, "确认投诉成立", /将被标记「黄牛批量下单」风险/);
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "upheld");

  // A senior reviewer finds the mark was wrong and clears it: the reason is required, then kept with the mark.
  await signInAs(page, "senior@platform.demo", /\/admin/);
  await page.goto(`/admin/complaints/${complaintId}`);
  await page.getByRole("link", { name: "查看该买家的全部风险标记" }).click();
  await expect(page).toHaveURL(/\/admin\/risk-marks\/[0-9a-f-]{36}$/);
  const mark = page.getByTestId("risk-mark").filter({ hasText: "黄牛批量下单" }).filter({ hasText: "生效中" });
  await expect(mark).toHaveCount(1);
  await mark.getByRole("button", { name: "解除标记" }).click();
  await mark.getByRole("button", { name: "确认解除标记" }).click();
  await expect(mark.getByText("请至少用 5 个字写明理由")).toBeVisible();
  await mark.getByLabel("解除理由").fill("复核发现多个账号为同一家庭成员,非黄牛行为。");
  await mark.getByRole("button", { name: "确认解除标记" }).click();
  await confirmDialog(page, "确认解除标记", /理由会记入审计记录/);
  const cleared = page.getByTestId("risk-mark").filter({ hasText: "复核发现多个账号为同一家庭成员" });
  await expect(cleared).toContainText("已解除");
});
