/**
 * The cancel stories' helpers (server/seed/demo-cases-cancel.ts): an order of the story's own, inserted the
 * way the demo world inserts orders, and the verbs each story calls as the demo people at past times.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { cancelOrders, logisticsInterceptions, orderItems, orders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { ConsumerCancelReason } from "@/server/domain/cancel-order";
import type { DeliveryType } from "@/server/domain/order";
import { systemContext } from "@/server/services/service-context";
import { endInterceptionWindow } from "@/server/services/cancel-orders/end-interception-window";
import { rejectCancel } from "@/server/services/cancel-orders/review-cancel";
import { requestCancel } from "@/server/services/cancel-orders/request-cancel";
import { chooseDisputePlan } from "@/server/services/disputes/choose-dispute-plan";
import { openCancelDispute } from "@/server/services/disputes/open-cancel-dispute";
import type { DemoShopKey } from "./accounts";
import { demoShops } from "./demo-data";
import { actAt, ago, type DemoBuyerKey, type DemoKit, HOUR, MINUTE } from "./demo-cases-kit";

const SWEEP_LAG_MS = 20_000;
const ORDER_NO_BASE = 309_900_000_000;

interface StoryOrder {
  shop: DemoShopKey;
  who: DemoBuyerKey;
  delivery: DeliveryType;
  /** Hours before now the order was paid and (if given) shipped. */
  paidH: number;
  shippedH?: number;
  product: number;
  qty?: number;
}

/** The helpers one run of the cancel stories shares (its order counter included). */
export function cancelStoryKit(kit: DemoKit) {
  const { db } = kit;
  const at = (hours: number) => ago(kit, hours * HOUR);
  let made = 0;

  const makeOrder = async (o: StoryOrder) => {
    const shop = demoShops.find((s) => s.key === o.shop);
    const product = shop?.products[o.product % (shop?.products.length ?? 1)];
    const buyer = kit.demoBuyers[o.who];
    if (!shop || !product) throw new Error(`demo cancel: no product ${o.shop}/${o.product}`);
    const [lastAddress] = await db
      .select({ address: orders.shippingAddress })
      .from(orders)
      .where(eq(orders.consumerId, buyer.id))
      .orderBy(asc(orders.orderNo))
      .limit(1);
    const qty = o.qty ?? 1;
    const carrier =
      o.delivery === "platform" ? "京东物流" : (shop.carriers.find((c) => c !== "京东物流") ?? "中通快递");
    made += 1;
    const [order] = await db
      .insert(orders)
      .values({
        shopId: kit.shops[o.shop].id,
        consumerId: buyer.id,
        orderNo: String(ORDER_NO_BASE + made * 7_919),
        status: o.shippedH === undefined ? "paid" : "shipped",
        deliveryType: o.delivery,
        amountFen: product.priceFen * qty,
        placedAt: new Date(at(o.paidH).getTime() - 4 * MINUTE),
        paidAt: at(o.paidH),
        shippedAt: o.shippedH === undefined ? null : at(o.shippedH),
        carrier: o.shippedH === undefined ? null : carrier,
        trackingNo:
          o.shippedH === undefined
            ? null
            : `${o.delivery === "platform" ? "JDX" : "ZT"}${String(460_112_000_000 + made * 104_729)}`,
        shippingAddress: lastAddress?.address ?? "上海市浦东新区世纪大道 100 号",
      })
      .returning();
    if (!order) throw new Error("demo cancel: order insert returned nothing");
    await db.insert(orderItems).values({
      orderId: order.id,
      sku: product.sku,
      name: product.name,
      quantity: qty,
      unitPriceFen: product.priceFen,
    });
    return { order, buyer: consumerActor(kit, o.who), consumerId: buyer.id, shopId: order.shopId };
  };
  type Story = Awaited<ReturnType<typeof makeOrder>>;

  const merchantOf = (shop: DemoShopKey, agent = false): Actor =>
    shop === "pinhaohuo" ? kit.staff.pinhaohuo : agent ? kit.staff.chenguangAgent : kit.staff.chenguangOwner;
  const request = (s: Story, hoursAgo: number, reason: ConsumerCancelReason, note?: string) =>
    requestCancel(actAt(db, s.buyer, { kind: "consumer", consumerId: s.consumerId }, at(hoursAgo)), {
      orderId: s.order.id,
      reason,
      note,
    });
  const review = (s: Story, shop: DemoShopKey, hoursAgo: number, agent = false) =>
    actAt(db, merchantOf(shop, agent), { kind: "merchant", shopId: s.shopId }, at(hoursAgo));
  const dispute = async (s: Story, hoursAgo: number, claim: string) =>
    (
      await openCancelDispute(actAt(db, s.buyer, { kind: "consumer", consumerId: s.consumerId }, at(hoursAgo)), {
        orderId: s.order.id,
        claim,
      })
    ).id;
  const plan = (
    shop: DemoShopKey,
    disputeId: string,
    hoursAgo: number,
    key: "direct_refund" | "agreed_rejection" | "intercept_48h",
    note?: string,
  ) =>
    chooseDisputePlan(actAt(db, merchantOf(shop), { kind: "merchant", shopId: kit.shops[shop].id }, at(hoursAgo)), {
      disputeId,
      kind: "settlement",
      plan: key,
      note,
    });
  const interceptionOf = async (cancelOrderId: string) => {
    const [row] = await db
      .select({ id: logisticsInterceptions.id })
      .from(logisticsInterceptions)
      .where(eq(logisticsInterceptions.cancelOrderId, cancelOrderId));
    if (!row) throw new Error("demo cancel: no interception");
    return row.id;
  };
  /** The sweeper ends the plan's 48h window a few seconds after it is due (DSP-CXL-4). */
  const windowEnds = async (s: Story, planHoursAgo: number) => {
    const [row] = await db
      .select({ id: cancelOrders.id })
      .from(cancelOrders)
      .where(and(eq(cancelOrders.orderId, s.order.id), isNotNull(cancelOrders.disputeId)));
    if (!row) throw new Error("demo cancel: no plan cancel order");
    await endInterceptionWindow(systemContext(db, new Date(at(planHoursAgo).getTime() + 48 * HOUR + SWEEP_LAG_MS)), {
      cancelOrderId: row.id,
    });
  };
  const judge = kit.staff.judge;
  /** DSP-CXL-7: a request the merchant rejected, so a cancellation dispute may follow at once. */
  const rejected = async (
    s: Story,
    shop: DemoShopKey,
    requestedH: number,
    rejectedH: number,
    reason: ConsumerCancelReason,
    why: string,
  ) => {
    const req = await request(s, requestedH, reason);
    await rejectCancel(review(s, shop, rejectedH), { cancelOrderId: req.id, reason: why });
  };
  return { at, judge, makeOrder, request, review, dispute, plan, interceptionOf, windowEnds, rejected };
}

function consumerActor(kit: DemoKit, who: DemoBuyerKey): Actor {
  const actor = kit.demoBuyers[who].actor;
  if (!actor) throw new Error(`demo buyer ${who} cannot sign in`);
  return actor;
}
