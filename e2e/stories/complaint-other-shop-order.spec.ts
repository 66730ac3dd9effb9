import { expect, test } from "../test";
import { firstOrderPath, signInAs } from "../fixtures";
import { expectNotFound } from "../not-found";

test.describe.configure({ timeout: 120_000 });

test("MAL-1: a complaint naming another shop's order is refused — by the buyer lookup and as a 404 from 投诉买家", async ({
  page,
}) => {
  // An order of 晨光: its number and id.
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await page.goto("/merchant/orders");
  const orderPath = await firstOrderPath(page);
  await page.goto(orderPath);
  const orderNo = (await page.getByRole("heading", { level: 1 }).locator(".font-mono").innerText()).trim();
  const orderId = orderPath.split("/").pop() ?? "";

  // 拼好货's owner cannot complain about that order's buyer: the lookup finds no buyer of this shop…
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  await page.goto("/merchant/complaints");
  await page.getByRole("link", { name: "发起投诉" }).click();
  await expect(page).toHaveURL(/\/merchant\/complaints\/new$/);
  await page.getByLabel("按订单号查找买家").fill(orderNo);
  await page.getByRole("button", { name: "查找", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /订单|order/i })).toBeVisible();
  await expect(page.getByTestId("complaint-buyer")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "提交投诉" })).toBeDisabled();

  // …and 投诉买家 on another shop's order id is a real 404.
  await expectNotFound(page, [`/merchant/complaints/new?orderId=${orderId}`]);
});
