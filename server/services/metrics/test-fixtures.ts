/**
 * Test data for metrics tests (imported by *.test.ts only): the records the metrics read,
 * inserted directly the way their own verbs leave them, at chosen instants.
 */
import type { DbOrTx } from "@/db/client";
import { cancelOrders, disputes, refunds, violations, workOrders } from "@/db/schema";
import type { CancelOrderStatus } from "@/server/domain/cancel-order";
import type { DisputeStatus, LiableParty } from "@/server/domain/dispute";
import type { RefundKind, RefundSourceType } from "@/server/domain/refund";
import type { MarketplaceStyle } from "@/server/domain/shop";
import type { ViolationStatus } from "@/server/domain/violation";
import type { WorkOrderStatus, WorkOrderType } from "@/server/domain/work-order";
import { DAY_MS } from "@/server/domain/time";
import { createConsumer, createMerchant, createOrder, createShop, TEST_NOW, type ConsumerActor, type MerchantActor, type Order, type Shop } from "@/server/test/harness";

export const at = (deltaMs: number, from: Date = TEST_NOW) => new Date(from.getTime() + deltaMs);
export const daysAgo = (days: number, from: Date = TEST_NOW) => at(-days * DAY_MS, from);

export interface MetricsWorld {
  shop: Shop;
  merchant: MerchantActor;
  consumer: ConsumerActor;
  /** An order paid long before any window, to hang records off without counting as paid. */
  oldOrder: Order;
}

export async function metricsWorld(db: DbOrTx, opts: { style?: MarketplaceStyle; name?: string } = {}): Promise<MetricsWorld> {
  const shop = await createShop(db, { marketplaceStyle: opts.style ?? "jd", ...(opts.name ? { name: opts.name } : {}) });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const oldOrder = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status: "completed", paidAt: daysAgo(400), amountFen: 1_000_000 });
  return { shop, merchant, consumer, oldOrder };
}

const scoped = (w: MetricsWorld) => ({ shopId: w.shop.id, orderId: w.oldOrder.id, consumerId: w.consumer.consumer.id });

export async function paidOrder(db: DbOrTx, w: MetricsWorld, paidAt: Date) {
  return createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "paid", paidAt });
}

export async function insertDispute(
  db: DbOrTx,
  w: MetricsWorld,
  opts: { status?: DisputeStatus; judgedAt?: Date | null; liableParty?: LiableParty | null; dueAt?: Date | null; responsibleParty?: "merchant" | "platform"; scenario?: "invoice_refused" | "invoice_urged" | "order_cancel" },
) {
  const judged = opts.judgedAt !== undefined && opts.judgedAt !== null;
  const status = opts.status ?? (judged ? "judged" : "awaiting_merchant");
  // One live dispute per order and scenario: a live one gets an order of its own.
  const live = status !== "judged" && status !== "settled";
  const orderId = live ? (await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "completed", paidAt: daysAgo(400) })).id : w.oldOrder.id;
  const [row] = await db
    .insert(disputes)
    .values({
      ...scoped(w),
      orderId,
      scenario: opts.scenario ?? "invoice_refused",
      status,
      responsibleParty: opts.responsibleParty ?? "merchant",
      policyId: "jd.invoice_refused",
      policyVersion: 1,
      claim: "测试纠纷",
      openedAt: daysAgo(100),
      dueAt: opts.dueAt ?? null,
      liableParty: opts.liableParty ?? (judged ? "merchant" : null),
      judgedAt: opts.judgedAt ?? null,
      remedy: judged ? "none" : null,
    })
    .returning();
  if (!row) throw new Error("insertDispute: no row");
  return row;
}

export async function insertWorkOrder(
  db: DbOrTx,
  w: MetricsWorld,
  opts: {
    type?: WorkOrderType;
    status: WorkOrderStatus;
    dueAt?: Date | null;
    repliedAt?: Date | null;
    replyOnTime?: boolean | null;
    routedTo?: "merchant" | "platform";
    decidedAt?: Date | null;
    liableParty?: LiableParty | null;
  },
) {
  const [row] = await db
    .insert(workOrders)
    .values({
      ...scoped(w),
      type: opts.type ?? "collaborative",
      status: opts.status,
      routedTo: opts.routedTo ?? "merchant",
      policyId: "tm.collaborative",
      policyVersion: 1,
      claim: "测试工单",
      openedAt: daysAgo(100),
      dueAt: opts.dueAt ?? null,
      repliedAt: opts.repliedAt ?? null,
      replyOnTime: opts.replyOnTime ?? null,
      decidedAt: opts.decidedAt ?? null,
      liableParty: opts.liableParty ?? null,
    })
    .returning();
  if (!row) throw new Error("insertWorkOrder: no row");
  return row;
}

export async function insertRefund(db: DbOrTx, w: MetricsWorld, opts: { sourceType: RefundSourceType; sourceId?: string; kind: RefundKind; amountFen: number; createdAt: Date }) {
  await db.insert(refunds).values({
    shopId: w.shop.id,
    orderId: w.oldOrder.id,
    sourceType: opts.sourceType,
    sourceId: opts.sourceId ?? crypto.randomUUID(),
    kind: opts.kind,
    amountFen: opts.amountFen,
    reason: "测试退款",
    createdAt: opts.createdAt,
  });
}

export async function insertViolation(db: DbOrTx, w: MetricsWorld, opts: { status: ViolationStatus; points: number; effectiveAt?: Date | null }) {
  await db.insert(violations).values({
    shopId: w.shop.id,
    sourceType: "admin",
    rule: "VIO-1",
    points: opts.points,
    reason: "测试违约",
    status: opts.status,
    raisedBy: "test",
    raisedAt: daysAgo(40),
    dueAt: daysAgo(33),
    effectiveAt: opts.effectiveAt ?? null,
  });
}

export async function insertCancelOrder(db: DbOrTx, w: MetricsWorld, opts: { status: CancelOrderStatus; dueAt?: Date | null }) {
  // One live cancel order per order: each gets its own order.
  const order = await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "paid", paidAt: daysAgo(400) });
  await db.insert(cancelOrders).values({
    shopId: w.shop.id,
    orderId: order.id,
    consumerId: w.consumer.consumer.id,
    status: opts.status,
    reason: "changed_mind",
    requestedAt: daysAgo(1),
    dueAt: opts.dueAt ?? null,
  });
}
