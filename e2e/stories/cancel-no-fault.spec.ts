import { expect, test } from "../test";
import { cancelRequestRejected, freshCancelOrder, openCancelDispute, signInAs } from "../fixtures";

// Request, review and dispute: several sign-ins per story.
test.describe.configure({ timeout: 180_000 });

const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

for (const delivery of ["京配", "非京配"] as const) {
  test(`DSP-3/DSP-CXL-1: ${delivery} — no-fault evidence needs a reason and its evidence, then goes to platform judgment; nothing refunded, no cancel order`, async ({
    page,
  }) => {
    const order = await freshCancelOrder(page, { delivery });
    await cancelRequestRejected(page, order);
    const disputeId = await openCancelDispute(page, order.orderPath, "想取消订单,商家说不能取消。");

    await signInAs(page, order.owner, /\/merchant/);
    await page.goto(`/merchant/disputes/${disputeId}`);
    await page.getByRole("radio", { name: "无法自主处理,需平台介入判责" }).check();
    // The reason and the evidence its slots ask for are required (WO-3), named beside their fields.
    await page.getByRole("button", { name: "提交方案" }).click();
    await expect(page.getByLabel("举证理由")).toHaveAccessibleDescription("请选择举证理由");
    await page.getByLabel("举证理由").selectOption({ label: "消费者已同意继续履约" });
    await page.getByPlaceholder(/说明无责的理由/).fill("已电话联系顾客,顾客同意继续收货,见聊天记录。");
    await page.getByRole("button", { name: "提交方案" }).click();
    await expect(page.getByText(/至少需要 1 个文件/).first()).toBeVisible();
    await page
      .locator("input[type=file]")
      .first()
      .setInputFiles({ name: "chat.png", mimeType: "image/png", buffer: png });
    await expect(page.getByRole("link", { name: /chat\.png/ }).first()).toBeVisible();
    await page.getByRole("button", { name: "提交方案" }).click();
    await expect(page.getByText("平台判责中").first()).toBeVisible();

    // The consumer sees it is with the platform, and why; nothing refunded, no cancel order raised.
    await signInAs(page, order.consumer, /\/orders$/);
    await page.goto(`/disputes/${disputeId}`);
    await expect(page.getByTestId("dispute-outlook")).toContainText("消费者已同意继续履约");
    await expect(page.getByTestId("dispute-outlook")).toContainText("平台判责中");
    await expect(page.getByRole("button", { name: "同意方案" })).toHaveCount(0);
    await expect(page.getByTestId("refund-status")).toHaveText("尚未退款");

    // The platform finds it in its judgment queue.
    await signInAs(page, "judge@platform.demo", /\/admin/);
    await page.goto("/admin/adjudication");
    await expect(page.getByText(order.orderNo).first()).toBeVisible();
  });
}
