import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { setLanguage, signInAs } from "./fixtures";
import { firstLinkedId, idsLinkedFrom, linkedIds } from "./not-found";

/** What the suite refuses; minor and moderate findings are left to review. */
const BLOCKING: readonly string[] = ["serious", "critical"];
const NODES_SHOWN = 4;
/** Loading a page and running axe on it takes a few seconds; on a busy machine several times that. */
const BUDGET_PER_PAGE_MS = 25_000;

/**
 * Opens `path`, waits for its client lists to settle and returns every serious or critical axe
 * finding as a readable line: page, impact, rule, what it means, then the offending elements.
 */
async function blockingViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => BLOCKING.includes(v.impact ?? ""))
    .map((v) => {
      const nodes = v.nodes.slice(0, NODES_SHOWN).map((n) => {
        const why = (n.failureSummary ?? "").split("\n")[1]?.trim() ?? "";
        return `    ${n.target.join(" ")}  ${why}`;
      });
      const more = v.nodes.length > NODES_SHOWN ? [`    … and ${v.nodes.length - NODES_SHOWN} more`] : [];
      return [`${path}  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length})`, ...nodes, ...more].join("\n");
    });
}

/** Audits every page in turn and fails once, listing all findings of all pages. */
async function expectAccessible(page: Page, paths: readonly string[]): Promise<void> {
  test.info().setTimeout(test.info().timeout + paths.length * BUDGET_PER_PAGE_MS);
  const findings: string[] = [];
  for (const path of paths) findings.push(...(await blockingViolations(page, path)));
  expect(findings.join("\n"), "serious or critical accessibility violations").toBe("");
}

test("sign-in and the 404 page have no serious accessibility violations, in both languages", async ({ page }) => {
  await page.context().clearCookies();
  await expectAccessible(page, ["/sign-in", "/no-such-page"]);
  await setLanguage(page, "en");
  await expectAccessible(page, ["/sign-in", "/no-such-page"]);
});

test("the consumer's pages have no serious accessibility violations", async ({ page }) => {
  test.slow(); // signing in and finding the records to open takes several page loads
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  const orderId = await firstLinkedId(page, "/orders", "/orders/");
  const disputeIds = await linkedIds(page, "/disputes", "/disputes/");
  const [invoiceId] = await idsLinkedFrom(
    page,
    disputeIds.map((id) => `/disputes/${id}`),
    "/invoices/",
  );
  const [workOrderId] = invoiceId ? await idsLinkedFrom(page, [`/invoices/${invoiceId}`], "/work-orders/") : [];
  expect(invoiceId, "an invoice linked from the consumer's disputes").toBeDefined();
  expect(workOrderId, "a work order linked from the consumer's invoice").toBeDefined();
  const serviceOrderId = await firstLinkedId(page, "/after-sales", "/after-sales/");
  await expectAccessible(page, [
    "/orders",
    `/orders/${orderId}`,
    `/orders/${orderId}/after-sales`,
    "/after-sales",
    `/after-sales/${serviceOrderId}`,
    `/invoices/${invoiceId}`,
    "/disputes",
    `/disputes/${disputeIds[0]}`,
    `/work-orders/${workOrderId}`,
    "/notifications",
    "/work-orders/not-a-uuid",
  ]);
});

test("the merchant's workbench has no serious accessibility violations", async ({ page }) => {
  test.slow(); // signing in and finding the records to open takes several page loads
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  const workOrderId = await firstLinkedId(page, "/merchant/work-orders", "/merchant/work-orders/");
  const serviceOrderId = await firstLinkedId(page, "/merchant/after-sales", "/merchant/after-sales/");
  const complaintId = await firstLinkedId(page, "/merchant/complaints", "/merchant/complaints/");
  await expectAccessible(page, [
    "/merchant/complaints",
    `/merchant/complaints/${complaintId}`,
    "/merchant/complaints/new",
    "/merchant/after-sales",
    `/merchant/after-sales/${serviceOrderId}`,
    "/merchant/settings/after-sales",
    "/merchant/work-orders",
    "/merchant/work-orders?view=closed",
    `/merchant/work-orders/${workOrderId}`,
    "/merchant/invoices",
    "/merchant/disputes",
    "/merchant/cancel-orders",
    "/merchant/violations",
    "/merchant/metrics",
    "/merchant/notifications",
    "/merchant/rules",
  ]);
});

test("the admin console has no serious accessibility violations", async ({ page }) => {
  test.slow(); // signing in and finding the records to open takes several page loads
  await signInAs(page, "judge@platform.demo", /\/admin/);
  const casePath = await page.goto("/admin/adjudication").then(async () => {
    const link = page.locator("a[href^='/admin/adjudication/']").first();
    await expect(link).toBeAttached();
    return (await link.getAttribute("href")) ?? "";
  });
  const shopId = await firstLinkedId(page, "/admin/shops", "/admin/shops/");
  const afterSalesCaseId = await firstLinkedId(
    page,
    "/admin/adjudication?type=after_sales",
    "/admin/adjudication/service_order/",
  );
  const complaintId = await firstLinkedId(page, "/admin/complaints", "/admin/complaints/");
  const consumerId = await firstLinkedId(page, `/admin/complaints/${complaintId}`, "/admin/risk-marks/");
  await expectAccessible(page, [
    "/admin/adjudication",
    casePath,
    `/admin/adjudication/service_order/${afterSalesCaseId}`,
    "/admin/after-sales/receipts",
    "/admin/complaints",
    `/admin/complaints/${complaintId}`,
    `/admin/risk-marks/${consumerId}`,
    "/admin/violations",
    "/admin/appeals",
    "/admin/shops",
    `/admin/shops/${shopId}`,
    "/admin/stuck-deadlines",
    "/admin/policies",
  ]);
});

test("keyboard users skip the header, move between tabs with the arrow keys, and read deadlines in the shop's time", async ({
  page,
}) => {
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  await page.goto("/merchant/work-orders");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  const tabs = page.getByRole("tablist", { name: "工单范围" });
  await tabs.getByRole("tab", { name: "待处理" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: "历史工单" })).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(/view=closed/);
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "待处理" })).toHaveAttribute("aria-selected", "true");
  await expect(page).not.toHaveURL(/view=closed/);

  const countdown = page.locator("table span[data-urgency]").first();
  await expect(countdown).toHaveText(/^(剩余|已超时) (\d+天)?(\d+小时)?(\d+分)?(\d+秒)?$/);
  await expect(countdown).toHaveAttribute("title", /^截止时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\+8$/);
});
