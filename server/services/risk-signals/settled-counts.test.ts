import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rows, type DbHandle } from "@/db/client";
import { orders, workOrderSettlements, workOrders } from "@/db/schema";
import { DAY_MS } from "@/server/domain/time";
import { createConsumer, createShop, openTestDb, uniqueToken } from "@/server/test/harness";
import { settledCounts } from "./settled-counts";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const at = (iso: string) => new Date(iso);
const UNTIL = at("2038-02-01T04:30:00.000Z");
const SINCE = new Date(UNTIL.getTime() - 90 * DAY_MS); // 2037-11-03T04:30Z

async function shopWithOrder() {
  const [shop, consumer] = await Promise.all([createShop(handle.db), createConsumer(handle.db)]);
  const [order] = await handle.db
    .insert(orders)
    .values({
      shopId: shop.id,
      consumerId: consumer.consumer.id,
      orderNo: `T${uniqueToken(12)}`,
      status: "signed",
      deliveryType: "platform",
      amountFen: 9_900,
      placedAt: at("2037-10-01T00:00:00.000Z"),
      paidAt: at("2037-10-01T00:05:00.000Z"),
      shippingAddress: "测试地址",
    })
    .returning();
  if (!order) throw new Error("no order");
  return order;
}

type Order = Awaited<ReturnType<typeof shopWithOrder>>;

async function workOrder(order: Order, dueAt: string | null, opts: { repliedAt?: string; platform?: boolean } = {}) {
  const [row] = await handle.db
    .insert(workOrders)
    .values({
      shopId: order.shopId,
      orderId: order.id,
      consumerId: order.consumerId,
      type: "not_received",
      status: opts.repliedAt ? "resolved" : "open",
      routedTo: opts.platform ? "platform" : "merchant",
      policyId: "pdd.not_received",
      policyVersion: 1,
      openedAt: at("2037-10-02T00:00:00.000Z"),
      dueAt: dueAt ? at(dueAt) : null,
      repliedAt: opts.repliedAt ? at(opts.repliedAt) : null,
    })
    .returning();
  if (!row) throw new Error("no work order");
  return row;
}

/** The same numbers straight from work_orders, without the rollup. */
async function fullCount(shopId: string, since: Date, until: Date) {
  const [row] = await rows<{ settled: number; expired: number }>(
    handle.db,
    sql`select count(*)::int as settled, (count(*) filter (where replied_at is null))::int as expired
        from work_orders where shop_id = ${shopId} and routed_to = 'merchant'
          and coalesce(replied_at, due_at) >= ${since} and coalesce(replied_at, due_at) <= ${until}`,
  );
  return row;
}

/** The rollup's non-empty hours against a GROUP BY over work_orders, for the given shops. */
async function rollupAgainstWorkOrders(shopIds: string[]) {
  const kept = await handle.db
    .select({
      shopId: workOrderSettlements.shopId,
      hour: workOrderSettlements.hour,
      settled: workOrderSettlements.settled,
      expired: workOrderSettlements.expired,
    })
    .from(workOrderSettlements)
    .where(inArray(workOrderSettlements.shopId, shopIds));
  const counted = await rows<{ shopId: string; hour: number; settled: number; expired: number }>(
    handle.db,
    sql`select shop_id as "shopId", floor(extract(epoch from coalesce(replied_at, due_at)) / 3600)::int as hour,
               count(*)::int as settled, (count(*) filter (where replied_at is null))::int as expired
        from work_orders
        where shop_id in (${sql.join(
          shopIds.map((id) => sql`${id}`),
          sql`, `,
        )}) and routed_to = 'merchant' and coalesce(replied_at, due_at) is not null
        group by 1, 2`,
  );
  const key = (r: { shopId: string; hour: number }) => `${r.shopId}/${r.hour}`;
  const sorted = <T extends { shopId: string; hour: number }>(list: T[]) =>
    [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return { kept: sorted(kept.filter((r) => r.settled !== 0 || r.expired !== 0)), counted: sorted(counted) };
}

describe("MAL-3 non-response rollup", () => {
  it("MAL-3: the hourly settlement rollup follows inserts, replies, new deadlines, rerouting and deletes, and matches a full count", async () => {
    const order = await shopWithOrder();
    const other = await shopWithOrder();
    await workOrder(order, "2037-11-03T04:10:00.000Z"); // before the window, in its first (partial) hour
    await workOrder(order, "2037-11-03T04:40:00.000Z"); // in the window's first partial hour
    const moved = await workOrder(order, "2037-11-03T05:10:00.000Z"); // a whole hour; its deadline moves out below
    await workOrder(order, "2038-01-15T20:00:00.000Z", { repliedAt: "2038-01-15T10:00:00.000Z" });
    await workOrder(order, "2038-02-01T04:20:00.000Z"); // in the window's last partial hour
    await workOrder(order, "2038-02-01T04:50:00.000Z"); // same hour, after the window
    const answered = await workOrder(order, "2038-02-05T00:00:00.000Z"); // still open; replied below
    await workOrder(order, "2038-01-10T00:00:00.000Z", { platform: true }); // the platform answers it
    await workOrder(order, null); // no deadline
    await workOrder(other, "2038-01-10T00:00:00.000Z"); // another shop's
    const deleted = await workOrder(order, "2038-01-11T00:00:00.000Z");
    const rerouted = await workOrder(order, "2038-01-12T00:00:00.000Z");

    await handle.db
      .update(workOrders)
      .set({ repliedAt: at("2038-01-20T08:00:00.000Z"), status: "resolved" })
      .where(eq(workOrders.id, answered.id));
    await handle.db
      .update(workOrders)
      .set({ dueAt: at("2038-02-01T05:00:00.000Z") })
      .where(eq(workOrders.id, moved.id));
    await handle.db.update(workOrders).set({ routedTo: "platform" }).where(eq(workOrders.id, rerouted.id));
    await handle.db.delete(workOrders).where(eq(workOrders.id, deleted.id));
    await handle.db.update(workOrders).set({ closedAt: UNTIL }).where(eq(workOrders.id, answered.id));

    // In the window: 04:40 (expired), the 01-15 reply, 04:20 (expired), the 01-20 reply.
    expect(await settledCounts(handle.db, order.shopId, SINCE, UNTIL)).toEqual({ settled: 4, expired: 2 });
    expect(await fullCount(order.shopId, SINCE, UNTIL)).toEqual({ settled: 4, expired: 2 });
    // A window without a whole hour inside it is counted directly.
    const short = { since: at("2038-02-01T04:05:00.000Z"), until: UNTIL };
    expect(await settledCounts(handle.db, order.shopId, short.since, short.until)).toEqual({ settled: 1, expired: 1 });
    // The window's edges are inclusive, to the millisecond.
    const edge = at("2037-11-03T04:40:00.000Z");
    expect(await settledCounts(handle.db, order.shopId, edge, at("2038-02-01T04:20:00.000Z"))).toEqual({
      settled: 4,
      expired: 2,
    });
    expect(await settledCounts(handle.db, other.shopId, SINCE, UNTIL)).toEqual({ settled: 1, expired: 1 });

    const { kept, counted } = await rollupAgainstWorkOrders([order.shopId, other.shopId]);
    expect(kept).toHaveLength(6); // 5 hours of this shop (two of them hold 2 each), 1 of the other
    expect(kept).toEqual(counted);
  });
});
