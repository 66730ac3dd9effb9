/**
 * Test data for cancel-order and cancel-dispute tests (imported by *.test.ts only).
 */
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { cancelOrders, logisticsInterceptions, notifications, orders, refunds } from "@/db/schema";
import type { DeliveryType, OrderStatus } from "@/server/domain/order";
import { fixedClock } from "@/server/clock";
import { runSweep, type DeadlineTask } from "@/server/jobs/sweep";
import { callerFor, createAdmin, createConsumer, createMerchant, createOrder, createShop, TEST_NOW } from "@/server/test/harness";
import { cancelOrderDeadlineTasks } from "./sweep-tasks";

export interface CancelWorldOptions {
  status?: OrderStatus;
  deliveryType?: DeliveryType;
  worryFree?: boolean;
  amountFen?: number;
}

/** A fresh shop with its merchant, a consumer, an admin and one order of that consumer. */
export async function cancelWorld(db: Db, opts: CancelWorldOptions = {}) {
  const shop = await createShop(db);
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const admin = await createAdmin(db);
  const order = await createOrder(db, {
    shopId: shop.id,
    consumerId: consumer.consumer.id,
    status: opts.status ?? "shipped",
    deliveryType: opts.deliveryType ?? "third_party",
    worryFree: opts.worryFree ?? false,
    amountFen: opts.amountFen ?? 12_800,
    paidAt: new Date(TEST_NOW.getTime() - 2 * 24 * 3600_000),
  });
  const clock = fixedClock(TEST_NOW);
  return {
    shop,
    merchant,
    consumer,
    admin,
    order,
    clock,
    asConsumer: callerFor(db, consumer, { now: clock }),
    asMerchant: callerFor(db, merchant, { now: clock }),
    asAdmin: callerFor(db, admin, { now: clock }),
  };
}
export type CancelWorld = Awaited<ReturnType<typeof cancelWorld>>;

/** Another order of the same consumer and shop. */
export async function anotherOrder(db: Db, w: CancelWorld, opts: CancelWorldOptions = {}) {
  return createOrder(db, {
    shopId: w.shop.id,
    consumerId: w.consumer.consumer.id,
    status: opts.status ?? "shipped",
    deliveryType: opts.deliveryType ?? "third_party",
    worryFree: opts.worryFree ?? false,
    amountFen: opts.amountFen ?? 12_800,
  });
}

/** The consumer opens a cancel dispute on the world's order. */
export async function openCancelDispute(w: CancelWorld, orderId = w.order.id) {
  const opened = await w.asConsumer.dispute.consumer.openCancel({ orderId, claim: "商家迟迟不处理取消申请,请帮忙取消" });
  return opened.id;
}

/** The real sweep, limited to these cancel orders (test files share one PostgreSQL database). */
export function sweepCancelOrders(db: Db, now: Date, ids: string[]) {
  const mine = new Set(ids);
  const tasks: DeadlineTask[] = cancelOrderDeadlineTasks.map((t) => ({
    ...t,
    claim: async (tx, at, limit) => (await t.claim(tx, at, 10_000)).filter((id) => mine.has(id)).slice(0, limit),
  }));
  return runSweep({ db, now, tasks });
}

export async function cancelRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(cancelOrders).where(eq(cancelOrders.id, id));
  if (!row) throw new Error(`cancel order ${id} missing`);
  return row;
}

export async function cancelOrdersOf(db: DbOrTx, orderId: string) {
  return db.select().from(cancelOrders).where(eq(cancelOrders.orderId, orderId));
}

export async function refundsOfOrder(db: DbOrTx, orderId: string) {
  return db.select().from(refunds).where(eq(refunds.orderId, orderId));
}

export async function orderRow(db: DbOrTx, orderId: string) {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!row) throw new Error(`order ${orderId} missing`);
  return row;
}

export async function interceptionOf(db: DbOrTx, cancelOrderId: string) {
  const [row] = await db.select().from(logisticsInterceptions).where(eq(logisticsInterceptions.cancelOrderId, cancelOrderId));
  return row ?? null;
}

export async function notificationKinds(db: DbOrTx, to: { consumerId: string } | { shopId: string }) {
  const rows = await db
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where("consumerId" in to ? eq(notifications.consumerId, to.consumerId) : and(eq(notifications.shopId, to.shopId)));
  return rows;
}

export const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);
export const H = 3600_000;
