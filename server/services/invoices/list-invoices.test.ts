import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  openTestDb,
  TEST_NOW,
  uniqueToken,
  type Caller,
} from "@/server/test/harness";
import { insertUrgeWorkOrder } from "@/server/test/fixtures/invoices";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type Page = Awaited<ReturnType<Caller["invoice"]["merchant"]["list"]>>;
type Filters = Omit<Parameters<Caller["invoice"]["merchant"]["list"]>[0], "cursor" | "limit">;

async function allIds(caller: Caller, filters: Filters, limit: number): Promise<string[]> {
  const pages: Page[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await caller.invoice.merchant.list({ ...filters, limit, cursor });
    pages.push(page);
    if (!page.nextCursor) return pages.flatMap((p) => p.items.map((r) => r.id));
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not terminate");
}

const T = TEST_NOW;

describe("invoice lists", () => {
  it("INV-2: the merchant's 开票管理 list is keyset-paginated newest request first and filters by status, overdue (urge entry showing), supplementary and order-number prefix", async () => {
    const { db } = handle;
    const shop = await createShop(db);
    const otherShop = await createShop(db);
    const merchant = await createMerchant(db, shop.id);
    const consumer = await createConsumer(db, { name: "张三" });
    const prefix = `I${uniqueToken(8)}`;
    // requestedAt offsets (before T) and order statuses; the 10-day edge is exact.
    const plan: { agoMs: number; status: "signed" | "completed" }[] = [
      { agoMs: 10 * DAY_MS + 1, status: "completed" }, // overdue by 1 ms, supplementary
      { agoMs: 10 * DAY_MS, status: "completed" }, // exactly 10 days: not yet
      { agoMs: 20 * DAY_MS, status: "signed" }, // old, but the order is not completed: never
      { agoMs: 2 * HOUR_MS, status: "signed" },
      { agoMs: 2 * HOUR_MS, status: "signed" }, // same instant: the id breaks the tie
    ];
    for (let i = 0; plan.length < 12; i++)
      plan.push({ agoMs: (i + 1) * 3 * HOUR_MS, status: i % 2 ? "completed" : "signed" });
    const created: { id: string; requestedAt: Date; supplementary: boolean; orderNo: string }[] = [];
    for (const [i, p] of plan.entries()) {
      const orderNo = `${prefix}-${String(i).padStart(2, "0")}`;
      const order = await createOrder(db, {
        shopId: shop.id,
        consumerId: consumer.consumer.id,
        status: p.status,
        orderNo,
      });
      const requestedAt = new Date(T.getTime() - p.agoMs);
      const r = await callerFor(db, consumer, { now: fixedClock(requestedAt) }).invoice.consumer.request({
        orderId: order.id,
        title: `抬头${i}`,
        invoiceType: "electronic_normal",
      });
      created.push({ id: r.id, requestedAt, supplementary: r.supplementary, orderNo });
    }
    const foreign = await createOrder(db, {
      shopId: otherShop.id,
      consumerId: consumer.consumer.id,
      orderNo: `${prefix}-99`,
    });
    await callerFor(db, consumer).invoice.consumer.request({
      orderId: foreign.id,
      title: "别家",
      invoiceType: "electronic_normal",
    });

    const expected = [...created].sort(
      (a, b) => b.requestedAt.getTime() - a.requestedAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0),
    );
    const asMerchant = callerFor(db, merchant, { now: fixedClock(T) });
    expect(await allIds(asMerchant, {}, 5)).toEqual(expected.map((r) => r.id));
    expect(await allIds(asMerchant, {}, 4)).toEqual(expected.map((r) => r.id));

    const first = (await asMerchant.invoice.merchant.list({ orderNo: `${prefix}-00` })).items[0];
    expect(first).toMatchObject({
      orderNo: `${prefix}-00`,
      consumerName: "张三",
      title: "抬头0",
      invoiceType: "electronic_normal",
      status: "requested",
      supplementary: true,
      urgeOpen: false,
      overdue: true,
      timeZone: "Asia/Shanghai",
      shopName: shop.name,
    });

    // Overdue = the urge entry (INV-3) already shows: exactly plan[0].
    expect(await allIds(asMerchant, { overdue: true }, 3)).toEqual([created[0]?.id]);
    expect((await allIds(asMerchant, { overdue: false }, 100)).length).toBe(created.length - 1);
    // One millisecond later plan[1] joins.
    const later = callerFor(db, merchant, { now: fixedClock(new Date(T.getTime() + 1)) });
    expect((await allIds(later, { overdue: true }, 100)).sort()).toEqual([created[0]?.id, created[1]?.id].sort());

    const supplementary = expected.filter((r) => r.supplementary).map((r) => r.id);
    expect(supplementary.length).toBeGreaterThan(2);
    expect(await allIds(asMerchant, { supplementary: true }, 2)).toEqual(supplementary);
    expect(await allIds(asMerchant, { supplementary: false }, 100)).toEqual(
      expected.filter((r) => !r.supplementary).map((r) => r.id),
    );

    const prefixed = await asMerchant.invoice.merchant.list({ orderNo: `${prefix}-1`, limit: 100 });
    expect(prefixed.items.map((r) => r.orderNo).sort()).toEqual([`${prefix}-10`, `${prefix}-11`]);
    expect((await asMerchant.invoice.merchant.list({ orderNo: `${prefix}-_0` })).items).toEqual([]);

    // Status filter and the urge flag.
    const [refuseMe, urgeMe] = [created[3], created[4]];
    if (!refuseMe || !urgeMe) throw new Error("plan too short");
    await asMerchant.invoice.merchant.refuse({ invoiceId: refuseMe.id, reason: "无法开具" });
    expect(await allIds(asMerchant, { status: "refused" }, 10)).toEqual([refuseMe.id]);
    expect(await allIds(asMerchant, { status: "requested" }, 100)).not.toContain(refuseMe.id);
    const order = await asMerchant.invoice.merchant.get({ invoiceId: urgeMe.id });
    await insertUrgeWorkOrder(
      db,
      {
        id: urgeMe.id,
        shopId: shop.id,
        orderId: order.order.id,
        consumerId: consumer.consumer.id,
        invoicingParty: "merchant",
      },
      { status: "open" },
    );
    const flagged = (await asMerchant.invoice.merchant.list({ orderNo: urgeMe.orderNo })).items[0];
    expect(flagged).toMatchObject({ id: urgeMe.id, urgeOpen: true });

    await expect(asMerchant.invoice.merchant.list({ cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("SHOP-1: the platform list holds FBP requests across shops with their shop names, and no SOP request; the merchant list never shows FBP requests", async () => {
    const { db } = handle;
    const [fbpA, fbpB, sop] = [
      await createShop(db, { businessMode: "FBP" }),
      await createShop(db, { businessMode: "FBP" }),
      await createShop(db),
    ];
    const consumer = await createConsumer(db);
    const prefix = `P${uniqueToken(8)}`;
    const ids: Record<string, string> = {};
    for (const [key, shop] of Object.entries({ fbpA, fbpB, sop })) {
      const order = await createOrder(db, {
        shopId: shop.id,
        consumerId: consumer.consumer.id,
        orderNo: `${prefix}-${key}`,
      });
      ids[key] = (
        await callerFor(db, consumer).invoice.consumer.request({
          orderId: order.id,
          title: "个人",
          invoiceType: "electronic_normal",
        })
      ).id;
    }
    const asAdmin = callerFor(db, await createAdmin(db));
    const rows = (await asAdmin.invoice.admin.list({ orderNo: prefix, limit: 100 })).items;
    expect(rows.map((r) => [r.id, r.shopName]).sort()).toEqual(
      [
        [ids.fbpA, fbpA.name],
        [ids.fbpB, fbpB.name],
      ].sort(),
    );
    const fbpMerchant = callerFor(db, await createMerchant(db, fbpA.id));
    expect((await fbpMerchant.invoice.merchant.list({ limit: 100 })).items).toEqual([]);
    const sopMerchant = callerFor(db, await createMerchant(db, sop.id));
    expect((await sopMerchant.invoice.merchant.list({ limit: 100 })).items.map((r) => r.id)).toEqual([ids.sop]);
  });

  it("SHOP-3: consumers and merchants cannot call the admin list; consumers cannot call the merchant list", async () => {
    const { db } = handle;
    const consumer = callerFor(db, await createConsumer(db));
    const merchant = callerFor(db, await createMerchant(db, (await createShop(db)).id));
    await expect(consumer.invoice.admin.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(merchant.invoice.admin.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(consumer.invoice.merchant.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
