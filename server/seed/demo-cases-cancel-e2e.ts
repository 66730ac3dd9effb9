/**
 * A pool of untouched orders for the browser stories e2e/stories/cancel-*.spec.ts: each story
 * takes the first shipped order of its delivery type (京配 / 非京配) at an SOP shop whose page
 * still offers a cancel dispute, and uses it up. The demo world has only a handful of shipped
 * orders, so the pool gives every story (and a retry) its own: zhangwei at 晨光, shipped a few
 * hours ago, nothing else done to them. Deterministic: fixed products, numbers and offsets.
 */
import { asc, eq } from "drizzle-orm";
import { orderItems, orders } from "@/db/schema";
import type { DeliveryType } from "@/server/domain/order";
import { demoShops } from "./demo-data";
import { ago, type DemoKit, HOUR, MINUTE } from "./demo-cases-kit";

/** Distinct from the demo world's and the cancel cases' order numbers. */
const ORDER_NO_BASE = 309_990_000_000;
const PER_DELIVERY = 6;

export async function seedCancelE2ePool(kit: DemoKit): Promise<void> {
  const { db } = kit;
  const shop = demoShops.find((s) => s.key === "chenguang");
  const buyer = kit.demoBuyers.zhangwei;
  if (!shop) throw new Error("demo cancel pool: no 晨光");
  const [address] = await db
    .select({ address: orders.shippingAddress })
    .from(orders)
    .where(eq(orders.consumerId, buyer.id))
    .orderBy(asc(orders.orderNo))
    .limit(1);
  const deliveries: DeliveryType[] = ["platform", "third_party"];
  for (const [d, delivery] of deliveries.entries()) {
    for (let i = 0; i < PER_DELIVERY; i += 1) {
      const n = d * PER_DELIVERY + i;
      const product = shop.products[(n * 3) % shop.products.length];
      if (!product) throw new Error("demo cancel pool: no product");
      const [order] = await db
        .insert(orders)
        .values({
          shopId: kit.shops.chenguang.id,
          consumerId: buyer.id,
          orderNo: String(ORDER_NO_BASE + n + 1),
          status: "shipped",
          deliveryType: delivery,
          amountFen: product.priceFen,
          placedAt: ago(kit, (8 + n) * HOUR + 3 * MINUTE),
          paidAt: ago(kit, (8 + n) * HOUR),
          shippedAt: ago(kit, (5 + n) * HOUR),
          carrier: delivery === "platform" ? "京东物流" : "中通快递",
          trackingNo: `${delivery === "platform" ? "JDE" : "ZTE"}${String(770_000_100_000 + n * 7_919)}`,
          shippingAddress: address?.address ?? "上海市浦东新区世纪大道 100 号",
        })
        .returning({ id: orders.id });
      if (!order) throw new Error("demo cancel pool: order insert returned nothing");
      await db.insert(orderItems).values({
        orderId: order.id,
        sku: product.sku,
        name: product.name,
        quantity: 1,
        unitPriceFen: product.priceFen,
      });
    }
  }
}
