import { expect, test } from "../test";
import { confirmDialog, signInAs } from "../fixtures";
import { expectNotFound } from "../not-found";

test.describe.configure({ timeout: 240_000 });

const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The demo buyer of this story: 8 orders closed unpaid at 拼好货, a dispute there awaiting judgment, nothing at 晨光. */
const BUYER = "何静";

test("MAL-1/MAL-2/MAL-3 (issue 14, Done-when 1): 拼好货 files 大量下单不付款 about a buyer with 8 unpaid orders; the judge upholds it; the mark shows on the buyer's later dispute to 拼好货 and the judge, never to 晨光", async ({
  page,
}) => {
  // 拼好货's owner lists its orders closed unpaid (交易关闭·未付款) and opens one of the buyer's.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto("/merchant/orders?status=closed_unpaid");
  const rows = page.locator("table tbody tr").filter({ hasText: BUYER });
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toContainText("交易关闭·未付款");
  await rows.first().locator("a[href*='/merchant/orders/']").first().click();
  await expect(page.getByTestId("complain-buyer")).toBeVisible();
  await page.getByTestId("complain-buyer").click();
  await expect(page.getByTestId("complaint-buyer")).toHaveText(BUYER);
  const unpaid = page
    .locator("label")
    .filter({ has: page.locator("input[type=checkbox]") })
    .filter({ hasText: "未付款" });
  await expect(unpaid).toHaveCount(8);

  // Inline errors first: nothing chosen yet, then the screenshot the category asks for.
  await page.getByRole("button", { name: "提交投诉" }).click();
  await expect(page.getByText("请选择投诉类型")).toBeVisible();
  await page.getByRole("radio", { name: "大量下单不付款" }).check();
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

  // The judge upholds it, with a reason, after a dialog that says the consequence.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto("/admin/complaints");
  await expect(page.getByTestId("complaint-queue-row").first()).toBeVisible();
  await page.goto(`/admin/complaints/${complaintId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(complaintNo);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("radio", { name: "投诉成立" }).check();
  await page.getByLabel("理由").fill("截图与订单记录一致:8 笔订单均未付款,投诉成立。");
  await page.getByRole("button", { name: "投诉成立" }).click();
  await confirmDialog(page, "确认投诉成立", `买家 ${BUYER} 将被标记「大量下单不付款」风险`);
  await expect(page.getByTestId("complaint-status")).toHaveAttribute("data-status", "upheld");
  await expect(page.getByTestId("risk-mark").first()).toContainText("大量下单不付款");

  // Later, 拼好货 opens that buyer's dispute: the mark, where it came from, and the unpaid-orders signal.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto("/merchant/disputes");
  const dispute = page.locator("table tbody tr").filter({ hasText: BUYER });
  await expect(dispute).toHaveCount(1);
  await dispute.locator("a[href*='/merchant/disputes/']").first().click();
  await expect(page).toHaveURL(/\/merchant\/disputes\/[0-9a-f-]{36}$/);
  const disputePath = new URL(page.url()).pathname;
  const disputeId = disputePath.split("/").pop() ?? "";
  const mark = page.getByTestId("buyer-risk").getByTestId("risk-mark").filter({ hasText: "大量下单不付款" });
  await expect(mark).toBeVisible();
  await expect(mark.getByRole("link", { name: new RegExp(complaintNo) })).toHaveAttribute("href", complaintPath);
  await expect(page.getByTestId("buyer-risk").getByTestId("risk-signals")).toContainText("未付款 8 笔");

  // The judge's case page of that dispute shows the buyer's mark and the unpaid-orders signal too.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/adjudication/dispute/${disputeId}`);
  const history = page.getByTestId("party-history");
  await expect(history).toContainText(BUYER);
  await expect(history.locator("div").filter({ hasText: /^风险标记\s*1$/ })).toHaveCount(1);
  await expect(page.getByTestId("case-risk-signals")).toContainText("未付款 8 笔");
  const judgeMark = page.getByTestId("case-risk-signals").getByTestId("risk-mark");
  await expect(judgeMark).toContainText("大量下单不付款");
  await expect(judgeMark.getByRole("link", { name: new RegExp(complaintNo) })).toBeVisible();

  // 晨光's owner cannot open the complaint or the dispute, and never sees the complaint's number.
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await expectNotFound(page, [complaintPath, disputePath]);
  await page.goto("/merchant/complaints");
  // 晨光 has complaints of its own: wait for them before checking that this one is not among them.
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await expect(page.getByText(complaintNo)).toHaveCount(0);
  await expect(page.getByText(BUYER)).toHaveCount(0);
});
