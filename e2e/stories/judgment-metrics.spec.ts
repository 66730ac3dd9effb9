import type { Page } from "@playwright/test";
import { expect, test } from "../test";
import { openRefusedInvoiceDispute, settleThenReject, signInAs, sopShops } from "../fixtures";

/** The dispute-rate card's number on a metrics dashboard. */
async function disputeRateCard(page: Page): Promise<string> {
  return (await page.getByTestId("metric-dispute_rate").getByTestId("metric-value").innerText()).trim();
}

test("DSP-5/MET-1/MET-2: the merchant sees what a judgment would do (x% → y%); after the judgment its dashboard and the admin's shop table show y%", async ({
  page,
}) => {
  const { disputeId, owner } = await openRefusedInvoiceDispute(page, "wangfang@buyer.demo");

  // The merchant's case page says what a judgment against the shop would do.
  await signInAs(page, owner, /\/merchant/);
  await page.goto("/merchant/metrics");
  const before = await disputeRateCard(page);
  await page.goto(`/merchant/disputes/${disputeId}`);
  const impact = page.getByTestId("judgment-impact");
  await expect(impact).toContainText("若判定商家责任");
  const match = /从 (\S+%) 升至 (\S+%)/.exec(await impact.innerText());
  expect(match, "impact text names both rates").not.toBeNull();
  const [, from = "", to = ""] = match ?? [];
  expect(from).toBe(before);

  // Settle, the consumer rejects: platform judgment (DSP-2).
  await settleThenReject(page, { disputeId, owner, consumer: "wangfang@buyer.demo", why: "我并没有同意无需开票。" });

  // The platform judges against the merchant (DSP-5), through the same procedure the console uses.
  await signInAs(page, "judge@platform.demo", /\/admin/);
  const baseURL = new URL(page.url()).origin;
  const judged = await page.request.post("/api/trpc/dispute.admin.judge", {
    data: {
      json: {
        disputeId,
        liableParty: "merchant",
        remedy: "refund",
        amountFen: 100,
        reason: "商家未能证明已与消费者协商一致,判商家责任。",
        rules: ["DSP-INV-1", "DSP-5"],
        idempotencyKey: crypto.randomUUID(),
      },
    },
    headers: { origin: baseURL, "content-type": "application/json" },
  });
  expect(judged.ok(), await judged.text()).toBe(true);

  // MET-2: the admin's table and the merchant's own dashboard show the new rate.
  const shopName = sopShops.find((s) => s.owner === owner)?.name ?? "";
  await page.goto("/admin/shops");
  const row = page.getByTestId("shop-metrics-row").filter({ has: page.getByRole("link", { name: shopName }) });
  await expect(row.getByTestId("cell-dispute_rate")).toContainText(to);
  await signInAs(page, owner, /\/merchant/);
  await page.goto("/merchant/metrics");
  expect(await disputeRateCard(page)).toBe(to);
  await page.goto(`/merchant/disputes/${disputeId}`);
  await expect(page.getByTestId("judgment-impact")).toHaveCount(0);
});
