import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { appeals, disputes, violations, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { HOUR_MS } from "@/server/domain/time";
import { callerFor, createAdmin, createConsumer, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { NOW, daysAgo, disputeOn, ordersOf } from "@/server/test/fixtures/risk-signals";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const clock = { now: fixedClock(NOW) };

async function workOrder(
  order: { id: string; shopId: string; consumerId: string },
  opts: { openedDaysAgo: number; replied: boolean; liable?: "merchant" | "consumer" },
) {
  const openedAt = daysAgo(opts.openedDaysAgo);
  const [row] = await handle.db
    .insert(workOrders)
    .values({
      shopId: order.shopId,
      orderId: order.id,
      consumerId: order.consumerId,
      type: "not_received",
      status: opts.replied ? "resolved" : "expired",
      routedTo: "merchant",
      policyId: "pdd.not_received",
      policyVersion: 1,
      openedAt,
      dueAt: new Date(openedAt.getTime() + 24 * HOUR_MS),
      repliedAt: opts.replied ? new Date(openedAt.getTime() + HOUR_MS) : null,
      liableParty: opts.liable ?? null,
      decidedAt: opts.liable ? new Date(openedAt.getTime() + 2 * HOUR_MS) : null,
    })
    .returning();
  if (!row) throw new Error("workOrder: no row");
  return row;
}

async function ticket(shopId: string, sourceType: "evidence_item" | "dispute", status: "effective" | "overturned") {
  const [row] = await handle.db
    .insert(violations)
    .values({
      shopId,
      sourceType,
      rule: sourceType === "evidence_item" ? "WO-TM-7" : "DSP-5",
      points: 2,
      status,
      raisedBy: "system",
      raisedAt: daysAgo(20),
      dueAt: daysAgo(13),
    })
    .returning();
  if (!row) throw new Error("ticket: no row");
  return row;
}

describe("MAL-3 merchant signals", () => {
  it("MAL-3: the judge sees 2 of 5 work orders expired (40%), 1 forged-evidence ticket, 1 of 2 appeals overturned, 3 of 4 judgments lost", async () => {
    const shop = await createShop(handle.db);
    const [merchant, consumer, judge] = await Promise.all([
      createMerchant(handle.db, shop.id),
      createConsumer(handle.db),
      createAdmin(handle.db),
    ]);
    const os = await ordersOf(handle.db, shop.id, consumer.consumer.id, 10, { status: "signed" });
    const o = (i: number) => {
      const x = os[i];
      if (!x) throw new Error("no order");
      return x;
    };
    await workOrder(o(0), { openedDaysAgo: 10, replied: true });
    await workOrder(o(1), { openedDaysAgo: 11, replied: true, liable: "merchant" });
    await workOrder(o(2), { openedDaysAgo: 12, replied: true, liable: "consumer" });
    const e1 = await workOrder(o(3), { openedDaysAgo: 13, replied: false });
    const e2 = await workOrder(o(4), { openedDaysAgo: 14, replied: false });
    await workOrder(o(5), { openedDaysAgo: 100, replied: false }); // outside 90 days
    const forged = await ticket(shop.id, "evidence_item", "effective");
    await ticket(shop.id, "evidence_item", "overturned");
    const t1 = await ticket(shop.id, "dispute", "overturned");
    const t2 = await ticket(shop.id, "dispute", "effective");
    await handle.db
      .insert(appeals)
      .values([
        {
          violationId: t1.id,
          shopId: shop.id,
          statement: "证据齐全",
          status: "overturned",
          submittedBy: "m",
          submittedAt: daysAgo(19),
          decidedAt: daysAgo(18),
        },
        {
          violationId: t2.id,
          shopId: shop.id,
          statement: "申诉",
          status: "upheld",
          submittedBy: "m",
          submittedAt: daysAgo(19),
          decidedAt: daysAgo(18),
        },
      ])
      .returning();
    for (const i of [6, 7]) {
      const d = await disputeOn(handle.db, o(i));
      await handle.db
        .update(disputes)
        .set({ status: "judged", liableParty: "merchant", judgedAt: daysAgo(5) })
        .where(eq(disputes.id, d.id));
    }

    const r = await callerFor(handle.db, judge, clock).riskSignals.admin.merchant({ shopId: shop.id });
    const by = (code: string) => r.find((x) => x.code === code);
    expect(by("non_response")?.params).toEqual({ windowDays: 90, settled: 5, expired: 2, percent: 40 });
    expect(
      by("non_response")
        ?.links.map((l) => l.id)
        .sort(),
    ).toEqual([e1.id, e2.id].sort());
    expect(by("forged_evidence")?.params).toEqual({ windowDays: 365, tickets: 1 });
    expect(by("forged_evidence")?.links).toEqual([
      { kind: "violation", id: forged.id, label: "WO-TM-7", shopId: shop.id },
    ]);
    expect(by("overturned_appeals")?.params).toEqual({ windowDays: 90, decided: 2, overturned: 1 });
    expect(by("overturned_appeals")?.links.map((l) => l.id)).toEqual([t1.id]);
    expect(by("judgments_lost")?.params).toEqual({ windowDays: 90, decided: 4, lost: 3 });

    await expectTrpcError(
      callerFor(handle.db, merchant, clock).riskSignals.admin.merchant({ shopId: shop.id }),
      "FORBIDDEN",
    );
  });

  it("MAL-3: an unknown shop is NOT_FOUND; a quiet shop has no signals", async () => {
    const [shop, judge] = await Promise.all([createShop(handle.db), createAdmin(handle.db)]);
    const caller = callerFor(handle.db, judge, clock);
    expect(await caller.riskSignals.admin.merchant({ shopId: shop.id })).toEqual([]);
    await expectTrpcError(
      caller.riskSignals.admin.merchant({ shopId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
    );
  });
});
