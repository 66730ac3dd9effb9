import { expect, test } from "../test";
import { signInAs } from "../fixtures";

test("an admin opens 期限执行异常 from the console's navigation; nothing is stuck in the demo world", async ({
  page,
}) => {
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.getByRole("link", { name: "期限执行异常" }).click();
  await expect(page).toHaveURL(/\/admin\/stuck-deadlines$/);
  await expect(page.getByRole("heading", { name: "期限执行异常" })).toBeVisible();
  await expect(page.getByText("没有执行异常的期限")).toBeVisible();
});

test("a merchant who opens the stuck-deadline page is sent to their own area", async ({ page }) => {
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await page.goto("/admin/stuck-deadlines");
  await expect(page).toHaveURL(/\/merchant/);
});
