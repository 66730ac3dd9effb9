import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { orderStatuses, type OrderStatus } from "@/server/domain/order";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  openTestDb,
  uniqueToken,
  type Caller,
  type Order,
} from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type OrdersPage = Awaited<ReturnType<Caller["merchant"]["orders"]>>;
type ListInput = Omit<Parameters<Caller["merchant"]["orders"]>[0], "cursor" | "limit">;

/** Newest placed first, ties broken by id (uuid order = lowercase hex order). */
function byPlacedDesc(a: Pick<Order, "placedAt" | "id">, b: Pick<Order, "placedAt" | "id">): number {
  const diff = b.placedAt.getTime() - a.placedAt.getTime();
  return diff !== 0 ? diff : b.id < a.id ? -1 : b.id > a.id ? 1 : 0;
}

/** Follows nextCursor to the end and returns every page. */
async function allPages(caller: Caller, input: ListInput, limit: number): Promise<OrdersPage[]> {
  const pages: OrdersPage[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await caller.merchant.orders({ ...input, limit, cursor });
    pages.push(page);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not terminate");
}

const ids = (pages: OrdersPage[]) => pages.flatMap((p) => p.items.map((o) => o.id));

describe("orders", () => {
  it("SHOP-2: the merchant's order list is keyset-paginated newest first and filters by status, placed date (shop time zone) and order number prefix; unpaid orders have no paid time", async () => {
    const { db } = handle;
    const shop = await createShop(db); // Asia/Shanghai by default
    const otherShop = await createShop(db);
    const merchant = await createMerchant(db, shop.id, "agent");
    const consumer = await createConsumer(db);
    const prefix = `T${uniqueToken(8)}`;

    const placedTimes: Date[] = [
      // Around the Shanghai day 2026-03-10 = [2026-03-09T16:00Z, 2026-03-10T16:00Z).
      new Date("2026-03-09T15:59:59.999Z"),
      new Date("2026-03-09T16:00:00.000Z"),
      new Date("2026-03-10T15:59:59.999Z"),
      new Date("2026-03-10T16:00:00.000Z"),
      // Three orders placed at the same instant: the id breaks the tie.
      new Date("2026-03-12T02:00:00.000Z"),
      new Date("2026-03-12T02:00:00.000Z"),
      new Date("2026-03-12T02:00:00.000Z"),
    ];
    for (let i = 0; placedTimes.length < 25; i++) placedTimes.push(new Date(Date.UTC(2026, 2, 1) + i * 7 * 3_600_000));

    const created: Order[] = [];
    for (const [i, placedAt] of placedTimes.entries()) {
      const status: OrderStatus = orderStatuses[i % orderStatuses.length] ?? "paid";
      const orderNo = `${prefix}-${String(i).padStart(3, "0")}`;
      created.push(
        await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status, placedAt, orderNo }),
      );
    }
    // Another shop's orders (even with a matching order-number prefix) never show up.
    await createOrder(db, {
      shopId: otherShop.id,
      consumerId: consumer.consumer.id,
      orderNo: `${prefix}-999`,
      placedAt: placedTimes[0],
    });

    const merchantCaller = callerFor(db, merchant);
    const expected = [...created].sort(byPlacedDesc);

    // Paging with limit 10: 10 + 10 + 5, no duplicates, no gaps, (placedAt desc, id desc).
    const pages = await allPages(merchantCaller, {}, 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    expect(new Set(ids(pages)).size).toBe(25);
    expect(ids(pages)).toEqual(expected.map((o) => o.id));
    const first = pages[0]?.items[0];
    expect(first).toMatchObject({ orderNo: expected[0]?.orderNo, shopName: shop.name, consumerName: consumer.name });
    expect(first?.placedAt).toBeInstanceOf(Date);
    const rows = pages.flatMap((p) => p.items);
    expect(
      rows
        .filter((o) => o.paidAt === null)
        .map((o) => o.status)
        .sort(),
    ).toEqual([...Array<string>(4).fill("awaiting_payment"), ...Array<string>(3).fill("closed_unpaid")]);
    expect(first?.itemSummary).toBe("商品 1");

    // An exact page boundary still ends with a null cursor.
    const fives = await allPages(merchantCaller, {}, 5);
    expect(fives.map((p) => p.items.length)).toEqual([5, 5, 5, 5, 5]);
    expect(ids(fives)).toEqual(expected.map((o) => o.id));

    // Status filter, paginated.
    const shippedPages = await allPages(merchantCaller, { status: "shipped" }, 2);
    const shipped = expected.filter((o) => o.status === "shipped");
    expect(shipped.length).toBe(4);
    expect(ids(shippedPages)).toEqual(shipped.map((o) => o.id));

    // Placed-date filters are calendar days in the shop's time zone, inclusive on both ends.
    const idsWherePlaced = (test: (ms: number) => boolean) =>
      expected.filter((o) => test(o.placedAt.getTime())).map((o) => o.id);
    const dayStart = Date.parse("2026-03-09T16:00:00.000Z");
    const dayEnd = Date.parse("2026-03-10T16:00:00.000Z");
    const onTheDay = await merchantCaller.merchant.orders({ from: "2026-03-10", to: "2026-03-10", limit: 100 });
    expect(onTheDay.items.map((o) => o.id)).toEqual(idsWherePlaced((ms) => ms >= dayStart && ms < dayEnd));
    expect(onTheDay.items).toHaveLength(2);
    const fromDay = await merchantCaller.merchant.orders({ from: "2026-03-10", limit: 100 });
    expect(fromDay.items.map((o) => o.id)).toEqual(idsWherePlaced((ms) => ms >= dayStart));
    const toDay = await merchantCaller.merchant.orders({ to: "2026-03-09", limit: 100 });
    expect(toDay.items.map((o) => o.id)).toEqual(idsWherePlaced((ms) => ms < dayStart));
    expect(fromDay.items.length + toDay.items.length).toBe(25);

    // Order-number prefix; LIKE wildcards in the search are literal characters.
    const prefixed = await merchantCaller.merchant.orders({ orderNo: `${prefix}-01`, limit: 100 });
    expect(prefixed.items.map((o) => o.orderNo).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `${prefix}-01${i}`),
    );
    expect((await merchantCaller.merchant.orders({ orderNo: `${prefix}-007` })).items.map((o) => o.orderNo)).toEqual([
      `${prefix}-007`,
    ]);
    expect((await merchantCaller.merchant.orders({ orderNo: `${prefix}-0_` })).items).toEqual([]);
    expect((await merchantCaller.merchant.orders({ orderNo: `${prefix}%` })).items).toEqual([]);

    // Filters combine.
    const combined = await merchantCaller.merchant.orders({
      status: "paid",
      from: "2026-03-10",
      orderNo: prefix,
      limit: 100,
    });
    expect(combined.items.map((o) => o.id)).toEqual(
      expected.filter((o) => o.status === "paid" && o.placedAt.getTime() >= dayStart).map((o) => o.id),
    );

    // A malformed cursor is the caller's mistake, not a server error.
    const forged = Buffer.from("2026-03-10T00:00:00.000Z|not-a-uuid").toString("base64url");
    const ancient = Buffer.from(`-200000-01-01T00:00:00.000Z|${crypto.randomUUID()}`).toString("base64url");
    for (const cursor of ["garbage", Buffer.from("no separator").toString("base64url"), forged, ancient]) {
      const attempt = merchantCaller.merchant.orders({ cursor });
      await expect(attempt).rejects.toBeInstanceOf(TRPCError);
      await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("SHOP-3: a merchant of shop A asking for shop B's order by id gets NOT_FOUND", async () => {
    const { db } = handle;
    const [shopA, shopB] = [await createShop(db), await createShop(db)];
    const merchantA = await createMerchant(db, shopA.id);
    const consumer = await createConsumer(db);
    const orderA = await createOrder(db, { shopId: shopA.id, consumerId: consumer.consumer.id, status: "completed" });
    const orderB = await createOrder(db, { shopId: shopB.id, consumerId: consumer.consumer.id });

    const own = await callerFor(db, merchantA).merchant.order({ orderId: orderA.id });
    expect(own).toMatchObject({
      id: orderA.id,
      status: "completed",
      shop: { id: shopA.id },
      consumer: { id: consumer.consumer.id },
    });
    expect(own.items).toHaveLength(1);

    await expect(callerFor(db, merchantA).merchant.order({ orderId: orderB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The NOT_FOUND message speaks the caller's language and looks the same as for a missing id.
    await expect(
      callerFor(db, merchantA, { locale: "en" }).merchant.order({ orderId: orderB.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found",
    });
    await expect(
      callerFor(db, merchantA, { locale: "zh-CN" }).merchant.order({ orderId: orderB.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "订单不存在",
    });
    await expect(
      callerFor(db, merchantA, { locale: "en" }).merchant.order({ orderId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Order not found" });
    // Shop B's order is not in shop A's list either.
    const list = await callerFor(db, merchantA).merchant.orders({ limit: 100 });
    expect(list.items.map((o) => o.id)).toEqual([orderA.id]);
  });

  it("SHOP-3: a consumer asking for another consumer's order gets NOT_FOUND", async () => {
    const { db } = handle;
    const shop = await createShop(db);
    const [alice, bob] = [await createConsumer(db), await createConsumer(db)];
    const aliceOrder = await createOrder(db, { shopId: shop.id, consumerId: alice.consumer.id });
    const bobOrder = await createOrder(db, { shopId: shop.id, consumerId: bob.consumer.id });
    const asAlice = callerFor(db, alice, { locale: "en" });

    expect(await asAlice.consumer.order({ orderId: aliceOrder.id })).toMatchObject({ id: aliceOrder.id });
    await expect(asAlice.consumer.order({ orderId: bobOrder.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found",
    });
    await expect(asAlice.consumer.order({ orderId: "1; drop table orders" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const list = await asAlice.consumer.orders({});
    expect(list.items.map((o) => o.id)).toEqual([aliceOrder.id]);
  });

  it("SHOP-3: a consumer calling a merchant procedure or an admin procedure gets FORBIDDEN; a merchant calling admin gets FORBIDDEN; anonymous gets UNAUTHORIZED", async () => {
    const { db } = handle;
    const shop = await createShop(db);
    const consumer = await createConsumer(db);
    const merchant = await createMerchant(db, shop.id);
    const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id });

    const asConsumer = callerFor(db, consumer);
    await expect(asConsumer.merchant.orders({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asConsumer.merchant.order({ orderId: order.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asConsumer.admin.shops()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asConsumer.admin.order({ shopId: shop.id, orderId: order.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const asMerchant = callerFor(db, merchant, { locale: "en" });
    await expect(asMerchant.admin.shops()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You do not have access to this",
    });
    await expect(asMerchant.admin.shopOrders({ shopId: shop.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asMerchant.consumer.orders({})).rejects.toMatchObject({ code: "FORBIDDEN" });

    const anonymous = callerFor(db, null);
    await expect(anonymous.merchant.orders({})).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "请先登录" });
    await expect(anonymous.consumer.order({ orderId: order.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.admin.shops()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("SHOP-3: admins see any shop's orders; a garbage or mismatched id gets NOT_FOUND", async () => {
    const { db } = handle;
    const [shopA, shopB] = [await createShop(db), await createShop(db, { businessMode: "FBP" })];
    const consumer = await createConsumer(db);
    const orderA = await createOrder(db, { shopId: shopA.id, consumerId: consumer.consumer.id, status: "shipped" });
    const orderB = await createOrder(db, { shopId: shopB.id, consumerId: consumer.consumer.id, status: "cancelled" });
    const asAdmin = callerFor(db, await createAdmin(db, "senior_reviewer"), { locale: "en" });

    expect((await asAdmin.admin.shopOrders({ shopId: shopA.id })).items.map((o) => o.id)).toEqual([orderA.id]);
    expect((await asAdmin.admin.shopOrders({ shopId: shopB.id })).items.map((o) => o.id)).toEqual([orderB.id]);
    expect(await asAdmin.admin.order({ shopId: shopA.id, orderId: orderA.id })).toMatchObject({
      id: orderA.id,
      status: "shipped",
    });
    expect(await asAdmin.admin.order({ shopId: shopB.id, orderId: orderB.id })).toMatchObject({
      id: orderB.id,
      status: "cancelled",
      shop: { businessMode: "FBP" },
    });

    await expect(asAdmin.admin.order({ shopId: shopA.id, orderId: "garbage" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found",
    });
    await expect(asAdmin.admin.order({ shopId: shopA.id, orderId: orderB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(asAdmin.admin.shopOrders({ shopId: "garbage" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Shop not found",
    });
    await expect(asAdmin.admin.shop({ shopId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("SHOP-1: shops record business mode SOP/FBP and marketplace style", async () => {
    const { db } = handle;
    const sop = await createShop(db, { businessMode: "SOP", marketplaceStyle: "jd" });
    const fbp = await createShop(db, { businessMode: "FBP", marketplaceStyle: "pdd", timeZone: "Asia/Urumqi" });
    const consumer = await createConsumer(db);
    await createOrder(db, { shopId: fbp.id, consumerId: consumer.consumer.id, status: "paid" });
    await createOrder(db, { shopId: fbp.id, consumerId: consumer.consumer.id, status: "completed" });
    const asAdmin = callerFor(db, await createAdmin(db));

    const shops = await asAdmin.admin.shops();
    expect(shops.find((s) => s.id === sop.id)).toMatchObject({
      businessMode: "SOP",
      marketplaceStyle: "jd",
      timeZone: "Asia/Shanghai",
      orderCount: 0,
      openOrderCount: 0,
    });
    expect(shops.find((s) => s.id === fbp.id)).toMatchObject({
      businessMode: "FBP",
      marketplaceStyle: "pdd",
      timeZone: "Asia/Urumqi",
      orderCount: 2,
      openOrderCount: 1,
    });
    expect(await asAdmin.admin.shop({ shopId: fbp.id })).toMatchObject({
      businessMode: "FBP",
      marketplaceStyle: "pdd",
    });
    // The merchant sees its own shop's mode through its membership.
    const merchant = await createMerchant(db, fbp.id);
    expect(await callerFor(db, merchant).merchant.me()).toMatchObject({
      shopId: fbp.id,
      role: "owner",
      timeZone: "Asia/Urumqi",
    });
  });
});
