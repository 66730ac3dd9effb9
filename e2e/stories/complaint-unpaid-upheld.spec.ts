import { expect, test } from "../test";
import { confirmDialog, signInAs } from "../fixtures";
import { expectNotFound } from "../not-found";

test.describe.configure({ timeout: 240_000 });

const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("MAL-1/MAL-2: 拼好货 files 大量下单不付款 about a buyer with 8 unpaid orders; the judge upholds it; the mark shows to 拼好货 only", async ({
  page,
}) => {
  // 拼好货's owner finds, among its cancelled orders, a demo buyer's order and starts from it (投诉买家); the
  // buyer with 8 unpaid orders (cancelled before shipping) is the one the complaint is about.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto("/merchant/orders?status=cancelled");
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();
  const more = page.getByRole("button", { name: "加载更多" });
  for (let i = 0; i < 8 && (await more.isVisible()); i++) {
    const before = await rows.count();
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
  }
  const texts = await rows.allInnerTexts();
  const counts = ["张伟", "李娜", "王芳"].map((name) => ({ name, n: texts.filter((t) => t.includes(name)).length }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  expect(best?.n ?? 0).toBeGreaterThanOrEqual(8);
  await rows
    .filter({ hasText: best?.name ?? "" })
    .first()
    .locator("a[href*='/merchant/orders/']")
    .first()
    .click();
  await page.getByTestId("complain-buyer").click();
  await expect(page.getByTestId("complaint-buyer")).toHaveText(best?.name ?? "");
  const unpaidOptions = page
    .locator("label")
    .filter({ has: page.locator("input[type=checkbox]") })
    .filter({ hasText: "未付款" });
  await expect.poll(() => unpaidOptions.count()).toBeGreaterThanOrEqual(8);
  const buyer = (await page.getByTestId("complaint-buyer").innerText()).trim();

  // Inline errors first: nothing chosen yet.
  await page.getByRole("button", { name: "提交投诉" }).click();
  await expect(page.getByText("请选择投诉类型")).toBeVisible();

  await page.getByRole("radio", { name: "大量下单不付款" }).check();
  const unpaid = page
    .locator("label")
    .filter({ has: page.locator("input[type=checkbox]") })
    .filter({ hasText: "未付款" });
  for (let i = 0; i < 8; i++) await unpaid.nth(i).locator("input").check();
  await page.getByLabel("投诉说明").fill("该买家近10天在本店下单8笔均未付款,占用库存,影响正常销售。");
  await page.getByRole("button", { name: "提交投诉" }).click();
  await expect(page.getByText(/「订单截图」至少上传 1 个文件/)).toBeVisible();
  await page
    .locator("input[type=file]")
    .first()
    .setInputFiles({ name: "unpaid-orders.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("link", { name: /unpaid-orders\.png/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "提交投诉" }).click();
  await expect(page).toHaveURL(/\/merchant\/complaints\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "pending_review");
  await expect(page.getByTestId("complaint-orders").locator("li")).toHaveCount(8);
  const complaintPath = new URL(page.url()).pathname;
  const complaintId = complaintPath.split("/").pop() ?? "";
  const complaintNo = (await page.getByRole("heading", { level: 1 }).locator(".font-mono").innerText()).trim();

  // The judge finds it in the queue and upholds it, with a reason, after a dialog that says the consequence.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/complaints");
  await expect(page.getByTestId("complaint-queue-row").first()).toBeVisible();
  await page.goto(`/admin/complaints/${complaintId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(complaintNo);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("radio", { name: "投诉成立" }).check();
  await page.getByLabel("理由").fill("截图与订单记录一致:8 笔订单均未付款,投诉成立。");
  await page.getByRole("button", { name: "投诉成立" }).click();
  await confirmDialog(page, "确认投诉成立", `买家 ${buyer} 将被标记「大量下单不付款」风险`);
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "upheld");
  await expect(page.getByTestId("risk-mark").first()).toContainText("大量下单不付款");

  // 拼好货 sees the mark and where it came from on that buyer's order page.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto(complaintPath);
  await expect(page.getByTestId("complaint-decision")).toContainText("已成立");
  await page.getByTestId("complaint-orders").locator("a").first().click();
  const mark = page.getByTestId("risk-mark").filter({ hasText: "大量下单不付款" });
  await expect(mark).toBeVisible();
  await expect(mark.getByRole("link", { name: new RegExp(complaintNo) })).toBeVisible();

  // 晨光's merchant cannot open the complaint, and never sees its number.
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await expectNotFound(page, [complaintPath]);
  await page.goto("/merchant/complaints");
  await expect(page.getByText(complaintNo)).toHaveCount(0);
});
