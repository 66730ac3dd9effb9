import { expect, type Page } from "@playwright/test";
import { confirmDialog, demoConsumers, signInAs, sopShops } from "./fixtures";

/** A signed order whose first item may be applied for with `type` for `reason`, at an SOP shop. */
export interface AfterSalesCandidate {
  consumer: string;
  owner: string;
  shopName: string;
  orderPath: string;
  orderNo: string;
}

/**
 * Finds, across the demo buyers, a signed or completed order at an SOP shop (the merchant records
 * receipt itself) whose apply page offers `type` with `reason` for some item (AS-1/AS-7).
 */
export async function freshAfterSalesOrder(
  page: Page,
  args: { type: string; reason: string; skipShops?: readonly string[] },
): Promise<AfterSalesCandidate> {
  for (const consumer of demoConsumers) {
    await signInAs(page, consumer, /\/orders$/);
    for (const status of ["signed", "completed"]) {
      await page.goto(`/orders?status=${status}`);
      const rows = page.locator("table tbody tr");
      await expect(rows.first().or(page.getByText("没有符合条件的订单"))).toBeVisible();
      const candidates = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector("a")?.getAttribute("href") ?? "",
          orderNo: tr.querySelector("a")?.textContent?.trim() ?? "",
          shopName: tr.querySelectorAll("td")[2]?.textContent?.trim() ?? "",
        })),
      );
      for (const c of candidates) {
        const shop = sopShops.find((s) => s.name === c.shopName);
        if (!shop || !c.href || args.skipShops?.includes(shop.name)) continue;
        await page.goto(`${c.href}/after-sales`);
        const item = page.locator("form li").filter({ has: page.locator("input[type=checkbox]:not([disabled])") });
        if ((await item.count()) === 0) continue;
        const box = item.first().locator("input[type=checkbox]");
        if (!(await box.isChecked())) await box.check();
        const type = page.getByRole("radio", { name: args.type, exact: true });
        if (!(await type.isVisible()) || (await type.isDisabled())) continue;
        await type.check();
        if (!(await page.getByRole("radio", { name: args.reason, exact: true }).isVisible())) continue;
        return { consumer, owner: shop.owner, shopName: shop.name, orderPath: c.href, orderNo: c.orderNo };
      }
    }
  }
  throw new Error(`no order offers ${args.type} / ${args.reason}`);
}

/** SVC-1..3 as the shop's owner: sets the three switches to exactly these values. */
export async function setShopServices(
  page: Page,
  owner: string,
  want: { 极速审核: boolean; 闪电退款: boolean; 运费险: boolean },
): Promise<void> {
  await signInAs(page, owner, /\/merchant/);
  await page.goto("/merchant/settings/after-sales");
  let changed = false;
  for (const [name, on] of Object.entries(want)) {
    const box = page.getByRole("switch", { name: new RegExp(name) });
    if ((await box.isChecked()) !== on) {
      await box.setChecked(on);
      changed = true;
    }
  }
  if (!changed) return;
  await page.getByRole("button", { name: "保存设置" }).click();
  await confirmDialog(page, "保存");
  await expect(page.getByText("售后服务设置已保存")).toBeVisible();
}

/** A 1×1 PNG: the photo a quality claim needs (AS-1). */
const photoPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * Applies on the apply page (the order and item already chosen by freshAfterSalesOrder); returns
 * the status page path. `repairMode` picks 上门维修 / 寄修; `photo` uploads one photo first.
 */
export async function applyForService(
  page: Page,
  c: AfterSalesCandidate,
  args: { type: string; reason: string; description?: string; repairMode?: string; photo?: boolean },
): Promise<string> {
  await signInAs(page, c.consumer, /\/orders$/);
  await page.goto(`${c.orderPath}/after-sales`);
  const item = page.locator("form li").filter({ has: page.locator("input[type=checkbox]:not([disabled])") });
  const box = item.first().locator("input[type=checkbox]");
  if (!(await box.isChecked())) await box.check();
  await page.getByRole("radio", { name: args.type, exact: true }).check();
  if (args.repairMode) await page.getByRole("radio", { name: args.repairMode, exact: true }).check();
  await page.getByRole("radio", { name: args.reason, exact: true }).check();
  if (args.description) await page.getByLabel("问题描述").fill(args.description);
  if (args.photo) {
    await page
      .locator("input[type=file]")
      .first()
      .setInputFiles({ name: "problem.png", mimeType: "image/png", buffer: photoPng });
    await expect(page.getByRole("link", { name: /problem\.png/ }).first()).toBeVisible();
  }
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page).toHaveURL(/\/after-sales\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** The service order's number, read from its page. */
export async function serviceNoOf(page: Page): Promise<string> {
  return (await page.getByTestId("service-no").innerText()).trim();
}

/** As the shop's owner: opens the service order from the 售后服务单 list (its tab, searched by number). */
export async function openAsMerchant(page: Page, owner: string, serviceNo: string, tab: string): Promise<void> {
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/after-sales?tab=${tab}&search=${serviceNo}`);
  const row = page.getByTestId("service-order-row").filter({ hasText: serviceNo });
  await expect(row).toBeVisible();
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/merchant\/after-sales\/[0-9a-f-]{36}$/);
}
