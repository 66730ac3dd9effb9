import { expect, type Browser, type Page } from "@playwright/test";

/** Signs in with the demo account's one-click button and waits for the audience's home. */
export async function signInAs(page: Page, email: string, home: RegExp): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByTestId(`demo-${email}`).click();
  await expect(page).toHaveURL(home);
}

/** The first order link on a list page, as its path. */
export async function firstOrderPath(page: Page): Promise<string> {
  const link = page.locator("table a[href*='/orders/']").first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  if (!href) throw new Error("order link without href");
  return href;
}

/**
 * Answers the open confirm dialog (an accessible alert dialog, not window.confirm): checks it
 * names the consequence, then presses its confirm button, which names the action.
 */
export async function confirmDialog(page: Page, action: string | RegExp, consequence?: string | RegExp): Promise<void> {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  if (consequence) await expect(dialog).toContainText(consequence);
  await dialog.getByRole("button", { name: action }).click();
  await expect(dialog).toHaveCount(0);
}

export async function setLanguage(page: Page, locale: "zh-CN" | "en"): Promise<void> {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
  await page.reload();
}

/**
 * Moves the demo clock forward as the platform admin (demo mode only) and applies everything
 * that fell due — the same as pressing the buttons on /admin/clock.
 */
export async function advanceClock(browser: Browser, baseURL: string, minutes: number): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, "judge@platform.demo", /\/admin/);
  const response = await context.request.post("/api/trpc/clock.advance", {
    data: { json: { minutes } },
    headers: { origin: baseURL, "content-type": "application/json" },
  });
  expect(response.ok(), await response.text()).toBe(true);
  await context.close();
}

/** The app's current time as the header shows it in demo mode (shop time zone), as a Date. */
export async function appNow(page: Page): Promise<Date> {
  const text = (await page.getByTestId("app-now").first().innerText()).trim();
  return new Date(`${text.replace(" ", "T")}:00+08:00`);
}

/** YYYY-MM-DDTHH:mm in Asia/Shanghai, for datetime-local inputs. */
export function shanghaiLocal(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** The SOP shops (the merchant invoices) and who signs in for each. */
export const sopShops = [
  { name: "晨光数码京东旗舰店", owner: "owner@chenguang.demo" },
  { name: "拼好货生鲜果园", owner: "owner@pinhaohuo.demo" },
  { name: "优品家居天猫旗舰店", owner: "owner@youpin.demo" },
] as const;

/**
 * Opens the consumer's first completed order at an SOP shop that has no invoice yet and
 * requests one; returns the order number, the shop's owner account and the invoice page path.
 */
export async function requestInvoiceOnFreshOrder(
  page: Page,
): Promise<{ orderNo: string; owner: string; invoicePath: string }> {
  await page.goto("/orders?status=completed");
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  while (await page.getByRole("button", { name: "加载更多" }).isVisible()) {
    const before = await page.locator("table tbody tr").count();
    await page.getByRole("button", { name: "加载更多" }).click();
    await expect(page.locator("table tbody tr")).not.toHaveCount(before);
  }
  const candidates: { href: string; owner: string }[] = [];
  for (const shop of sopShops) {
    const hrefs = await page
      .locator("table tbody tr")
      .filter({ hasText: shop.name })
      .locator("a[href*='/orders/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    candidates.push(...hrefs.map((href) => ({ href, owner: shop.owner })));
  }
  for (const { href, owner } of candidates) {
    await page.goto(href);
    if (!(await page.getByText("尚未申请发票").isVisible())) continue;
    const orderNo = (await page.locator("h1 .font-mono").innerText()).trim();
    await page.getByPlaceholder("个人姓名或单位名称").fill("个人");
    await page.getByRole("button", { name: "申请开票" }).click();
    await expect(page).toHaveURL(/\/invoices\//);
    await expect(page.getByRole("heading", { name: /发票详情/ })).toBeVisible();
    return { orderNo, owner, invoicePath: new URL(page.url()).pathname };
  }
  throw new Error("no completed order without an invoice at an SOP shop");
}

/**
 * Applies for platform intervention (`reason` is the radio's label) on the first order of the
 * list at `listPath` whose row matches `rowText` and that has no live work order of that kind
 * yet (the demo world already has some). Returns the order's path and the new work order id.
 */
export async function applyForIntervention(
  page: Page,
  args: { listPath: string; rowText?: string; reason: RegExp; claim: string },
): Promise<{ orderPath: string; workOrderId: string; shopName: string; amount: string }> {
  await page.goto(args.listPath);
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  let rows = page.locator("table tbody tr").filter({ hasNot: page.getByText("无忧采购订单") });
  if (args.rowText) rows = rows.filter({ hasText: args.rowText });
  const candidates = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      href: tr.querySelector("a")?.getAttribute("href") ?? "",
      shopName: tr.querySelectorAll("td")[2]?.textContent?.trim() ?? "",
      amount: tr.querySelectorAll("td")[3]?.textContent?.trim() ?? "",
    })),
  );
  for (const candidate of candidates) {
    await page.goto(`${candidate.href}/intervention`);
    const reason = page.getByRole("radio", { name: args.reason });
    if (!(await reason.isEnabled())) continue;
    await reason.check();
    await page.getByPlaceholder(/请描述遇到的问题/).fill(args.claim);
    await page.getByRole("button", { name: "提交申请" }).click();
    // Refused (e.g. this order already has one open) → a toast, and the page stays: try the next.
    const opened = await page
      .waitForURL(/\/work-orders\//, { timeout: 8_000 })
      .then(() => true)
      .catch(() => false);
    if (opened) {
      return {
        orderPath: candidate.href,
        workOrderId: new URL(page.url()).pathname.split("/").pop() ?? "",
        shopName: candidate.shopName,
        amount: candidate.amount,
      };
    }
  }
  throw new Error(`no order at ${args.listPath} accepts ${String(args.reason)}`);
}

// ── Cancel orders and cancel disputes ──

export const demoConsumers = ["zhangwei@buyer.demo", "lina@buyer.demo", "wangfang@buyer.demo"] as const;
const CANCEL_POOL_PREFIX = "30999";

export interface CancelCandidate {
  consumer: string;
  owner: string;
  orderNo: string;
  orderPath: string;
  /** As the order list shows it, e.g. "¥1,199.00". */
  amount: string;
}

/**
 * Finds, among the demo consumers' shipped orders at SOP shops, the first one with the given
 * delivery (京配 / 非京配) that is untouched: no dispute, and it still offers "申请取消订单" (a
 * cancellation dispute needs a request first, DSP-CXL-7). Leaves that consumer signed in on the
 * order's page.
 */
export async function freshCancelOrder(page: Page, args: { delivery: "京配" | "非京配" }): Promise<CancelCandidate> {
  for (const consumer of demoConsumers) {
    await signInAs(page, consumer, /\/orders$/);
    // Orders that already had a dispute (e.g. an earlier story's) are not fresh.
    await page.goto("/disputes");
    await expect(page.locator("table tbody tr").first().or(page.getByText("暂无纠纷单"))).toBeVisible();
    while (await page.getByRole("button", { name: "加载更多" }).isVisible()) {
      const before = await page.locator("table tbody tr").count();
      await page.getByRole("button", { name: "加载更多" }).click();
      await expect(page.locator("table tbody tr")).not.toHaveCount(before);
    }
    const disputed = new Set(
      (await page.locator("table tbody tr td:first-child").allInnerTexts()).map((text) => text.trim()),
    );
    await page.goto("/orders?status=shipped");
    const rows = page.locator("table tbody tr");
    await expect(rows.first().or(page.getByText("没有符合条件的订单"))).toBeVisible();
    if ((await rows.count()) === 0) continue;
    while (await page.getByRole("button", { name: "加载更多" }).isVisible()) {
      const before = await rows.count();
      await page.getByRole("button", { name: "加载更多" }).click();
      await expect(rows).not.toHaveCount(before);
    }
    const candidates = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector("a")?.getAttribute("href") ?? "",
        orderNo: tr.querySelector("a")?.textContent?.trim() ?? "",
        shopName: tr.querySelectorAll("td")[2]?.textContent?.trim() ?? "",
        amount: tr.querySelectorAll("td")[3]?.textContent?.trim() ?? "",
      })),
    );
    // The seeded e2e pool (server/seed/demo-cases-cancel-e2e.ts, numbers 30999…) first.
    candidates.sort(
      (a, b) => Number(!a.orderNo.startsWith(CANCEL_POOL_PREFIX)) - Number(!b.orderNo.startsWith(CANCEL_POOL_PREFIX)),
    );
    for (const c of candidates) {
      const shop = sopShops.find((s) => s.name === c.shopName);
      if (!shop || !c.href || disputed.has(c.orderNo)) continue;
      await page.goto(c.href);
      const delivery = page.locator("dl").filter({ hasText: "承运商" }).locator("dd").nth(1);
      if ((await delivery.innerText()).trim() !== args.delivery) continue;
      const card = page.getByTestId("order-cancel-card");
      await expect(card).toHaveAttribute("data-state", "success");
      if (!(await card.getByRole("link", { name: "申请取消订单" }).isVisible())) continue;
      return { consumer, owner: shop.owner, orderNo: c.orderNo, orderPath: c.href, amount: c.amount };
    }
  }
  throw new Error(
    `no fresh shipped ${args.delivery} order at an SOP shop offers a cancel request (see the e2e pool in server/seed/demo-cases-cancel-e2e.ts)`,
  );
}

/**
 * As the consumer on the order's page: asks to cancel. Within the merchant's review window the
 * order page says from when a cancellation dispute may be opened, with a countdown (DSP-CXL-7).
 */
export async function requestCancelOnOrder(page: Page, orderPath: string): Promise<void> {
  await page.goto(orderPath);
  await page.getByTestId("order-cancel-card").getByRole("link", { name: "申请取消订单" }).click();
  await expect(page).toHaveURL(/\/cancel$/);
  // On a busy machine the form may hydrate after the first click; try again until it submits.
  await expect(async () => {
    await page.getByRole("radio", { name: "不想要了" }).check();
    await page.getByRole("button", { name: "提交取消申请" }).click();
    await expect(page).toHaveURL(/\/cancel-orders\//, { timeout: 5_000 });
  }).toPass({ timeout: 40_000 });
  await expect(page.getByText("待审核").first()).toBeVisible();
  await page.goto(orderPath);
  const card = page.getByTestId("order-cancel-card");
  await expect(card.getByTestId("cancel-dispute-available-at")).toContainText(
    /可于 \d+月\d+日 \d{2}:\d{2} 起申请取消订单纠纷/,
  );
  await expect(card.getByTestId("cancel-dispute-available-at").locator("[data-urgency]")).toBeVisible();
  await expect(card.getByRole("link", { name: "发起取消订单纠纷" })).toHaveCount(0);
}

/**
 * The cancel request made, then rejected by the shop's owner in the cancel-order module (where
 * the pending request shows its review deadline); the consumer may then open a cancellation
 * dispute at once (DSP-CXL-7). Leaves the consumer signed in.
 */
export async function cancelRequestRejected(page: Page, order: CancelCandidate): Promise<void> {
  await requestCancelOnOrder(page, order.orderPath);
  await signInAs(page, order.owner, /\/merchant/);
  await page.goto(`/merchant/cancel-orders?status=pending&orderNo=${order.orderNo}`);
  const row = page.getByTestId("cancel-order-row").filter({ hasText: order.orderNo });
  await expect(row.getByTestId("cancel-review-due")).toContainText("审核截止");
  await expect(row.getByTestId("cancel-review-due").locator("[data-urgency]")).toBeVisible();
  await row.getByRole("link", { name: "处理" }).click();
  await expect(page).toHaveURL(/\/merchant\/cancel-orders\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "驳回", exact: true }).click();
  await page.getByPlaceholder(/请说明驳回原因/).fill("包裹已发出,暂不同意取消。");
  await page.getByRole("button", { name: "确认驳回" }).click();
  await expect(page.getByText("已驳回").first()).toBeVisible();
  await signInAs(page, order.consumer, /\/orders$/);
  await page.goto(order.orderPath);
  await expect(page.getByTestId("order-cancel-card").getByText("现在可以申请取消订单纠纷")).toBeVisible();
}

/** As the consumer on the order's page: opens a cancel dispute with `claim`; returns its id. */
export async function openCancelDispute(page: Page, orderPath: string, claim: string): Promise<string> {
  await page.goto(orderPath);
  await page.getByTestId("order-cancel-card").getByRole("link", { name: "发起取消订单纠纷" }).click();
  await expect(page).toHaveURL(/\/cancel-dispute$/);
  await page.getByPlaceholder(/请说明发生了什么/).fill(claim);
  await page.getByRole("button", { name: "提交纠纷" }).click();
  await expect(page).toHaveURL(/\/disputes\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/**
 * As the shop's owner: answers the cancel dispute with one plan (its radio label). Plans that
 * refund or start the interception clock ask first: `confirm` names the dialog's button and
 * what the dialog must say.
 */
export async function chooseCancelPlan(
  page: Page,
  owner: string,
  disputeId: string,
  plan: RegExp | string,
  confirm?: { action: string | RegExp; consequence?: string | RegExp },
): Promise<void> {
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/disputes/${disputeId}`);
  await page.getByRole("radio", { name: plan }).check();
  await page.getByRole("button", { name: "提交方案" }).click();
  if (confirm) await confirmDialog(page, confirm.action, confirm.consequence);
  await expect(page.getByText("方案已提交").first()).toBeVisible();
}

/**
 * As the platform admin on the demo logistics page: presses `button` on the order's row. A
 * failed interception, and a delivery during one, ask first (the dialog names the order).
 */
export async function reportLogistics(
  page: Page,
  orderNo: string,
  button: "拦截成功" | "拦截失败" | "签收" | "完成",
): Promise<void> {
  await signInAs(page, "judge@platform.demo", /\/admin/);
  await page.goto(`/admin/logistics?orderNo=${orderNo}`);
  const row = page.locator(`[data-testid=shipment-row][data-order-no="${orderNo}"]`);
  await row.getByRole("button", { name: button, exact: true }).click();
  const done = page.getByText(/已回报/).first();
  if (button === "拦截失败") await confirmDialog(page, "确认拦截失败", orderNo);
  else if (button !== "拦截成功") {
    await expect(done.or(page.getByRole("alertdialog"))).toBeVisible();
    if (await page.getByRole("alertdialog").isVisible()) await confirmDialog(page, `确认${button}`, orderNo);
  }
  await expect(done).toBeVisible();
}

/** The refund rows on the consumer's order page (each refund once). */
export function orderRefundRows(page: Page) {
  return page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "退款记录", exact: true }) })
    .locator("li");
}

/**
 * INV-2 → DSP-INV-1: `consumer` requests an invoice on a fresh order, the shop's owner refuses it,
 * and the consumer opens a refused-invoice dispute. Returns the dispute and the owner's e-mail.
 */
export async function openRefusedInvoiceDispute(
  page: Page,
  consumer: string,
): Promise<{ disputeId: string; owner: string; orderNo: string }> {
  await signInAs(page, consumer, /\/orders$/);
  const { orderNo, invoicePath, owner } = await requestInvoiceOnFreshOrder(page);
  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/invoices?orderNo=${orderNo}`);
  await page.locator("table tbody tr").filter({ hasText: orderNo }).getByRole("link").first().click();
  await page.getByPlaceholder(/请说明无法开票的原因/).fill("该商品为赠品,不在开票范围内。");
  await page.getByRole("button", { name: "确认拒绝" }).click();
  await expect(page.getByText("已拒绝开票").first()).toBeVisible();

  await signInAs(page, consumer, /\/orders$/);
  await page.goto(invoicePath);
  await page.getByRole("link", { name: "对拒绝开票发起纠纷" }).click();
  await page.getByPlaceholder(/请说明发生了什么/).fill("商品是正常购买的,不是赠品,请开具发票。");
  await page.getByRole("button", { name: "提交纠纷" }).click();
  await expect(page).toHaveURL(/\/disputes\//);
  return { disputeId: new URL(page.url()).pathname.split("/").pop() ?? "", owner, orderNo };
}

/** DSP-2: the owner settles with 已协商无需开票 and `consumer` rejects it — the dispute goes to platform judgment. */
export async function settleThenReject(
  page: Page,
  args: { disputeId: string; owner: string; consumer: string; why: string },
): Promise<void> {
  await signInAs(page, args.owner, /\/merchant/);
  await page.goto(`/merchant/disputes/${args.disputeId}`);
  await page.getByLabel("已协商无需开票").check();
  await page.getByRole("button", { name: "提交方案" }).click();
  await expect(page.getByText("待客户确认").first()).toBeVisible();

  await signInAs(page, args.consumer, /\/orders$/);
  await page.goto(`/disputes/${args.disputeId}`);
  await page.getByRole("button", { name: "不同意,申请平台判责" }).click();
  await page.getByPlaceholder(/请说明您不同意的原因/).fill(args.why);
  await page.getByRole("button", { name: "提交并申请平台判责" }).click();
  await expect(page.getByText("平台判责中").first()).toBeVisible();
}
