/**
 * What the after-sales demo seed (demo-cases-after-sales.ts) works with: fresh orders of its own
 * (signed a day before each application, so every application window is open), the people who
 * act on them, and one helper per verb call at a past time. The orders are inserted, not picked
 * from the demo world, so the other demo cases and the browser stories never compete for them.
 */
import { and, desc, eq } from "drizzle-orm";
import { orderItems, orders, serviceOrderProposals, shopServices, users } from "@/db/schema";
import { type Actor, loadActor } from "@/server/auth/actor";
import type { ShopServices } from "@/server/domain/after-sales";
import type { DemoShopKey } from "./accounts";
import { demoShops } from "./demo-data";
import { actAt, ago, type Buyer, DAY, type DemoBuyerKey, type DemoKit, MINUTE } from "./demo-cases-kit";

/** Distinct from the demo world's and the other demo cases' order numbers. */
export const AFTER_SALES_ORDER_NO_BASE = 309_980_000_000;

/** Warranty (AS-7) of the demo shops' goods: digital 1 year, appliances 2 years, furniture 3, fruit none. */
export const warrantyDaysOf: Record<DemoShopKey, number> = {
  chenguang: 365,
  jingxuan: 730,
  youpin: 1095,
  pinhaohuo: 0,
};

export interface AfterSalesKit {
  kit: DemoKit;
  owner: Record<DemoShopKey, Actor>;
  madeOrders: number;
}

export async function loadAfterSalesKit(kit: DemoKit): Promise<AfterSalesKit> {
  const [jingxuanUser] = await kit.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "owner@jingxuan.demo"));
  const jingxuan = jingxuanUser ? await loadActor(kit.db, jingxuanUser.id) : null;
  if (!jingxuan) throw new Error("demo after-sales: no 京选 owner");
  const { chenguangOwner, pinhaohuo, youpin } = kit.staff;
  return { kit, owner: { chenguang: chenguangOwner, pinhaohuo, youpin, jingxuan }, madeOrders: 0 };
}

/** SVC-1..3 switched on for a shop, as its owner did at `at`. */
export async function switchServices(k: AfterSalesKit, shop: DemoShopKey, s: ShopServices, at: Date): Promise<void> {
  await k.kit.db.insert(shopServices).values({
    shopId: k.kit.shops[shop].id,
    ...s,
    updatedAt: at,
    updatedBy: k.owner[shop].userId,
  });
}

export interface FreshOrder {
  id: string;
  orderNo: string;
  buyer: Buyer;
  itemIds: string[];
}

/**
 * A signed order of the shop for a demo buyer: `items` products (1 each) from the shop's list,
 * paid 3 days and signed `signedAgoMs` before now. The shop's carrier and the buyer's address.
 */
export async function freshOrder(
  k: AfterSalesKit,
  f: { shop: DemoShopKey; buyer: DemoBuyerKey; signedAgoMs: number; items?: number },
): Promise<FreshOrder> {
  const { kit } = k;
  const shop = demoShops.find((s) => s.key === f.shop);
  if (!shop) throw new Error(`demo after-sales: no shop ${f.shop}`);
  const buyer = kit.demoBuyers[f.buyer];
  const n = k.madeOrders;
  k.madeOrders += 1;
  const products = Array.from(
    { length: f.items ?? 1 },
    (_, i) => shop.products[(n * 5 + i * 3) % shop.products.length],
  );
  const chosen = products.filter((p) => p !== undefined);
  const amountFen = chosen.reduce((sum, p) => sum + p.priceFen, 0);
  const orderNo = String(AFTER_SALES_ORDER_NO_BASE + (n + 1) * 7_907);
  const carrier = shop.carriers[0] ?? "京东物流";
  const [order] = await kit.db
    .insert(orders)
    .values({
      shopId: kit.shops[f.shop].id,
      consumerId: buyer.id,
      orderNo,
      status: "signed",
      deliveryType: shop.deliveryType,
      amountFen,
      placedAt: ago(kit, f.signedAgoMs + 3 * DAY + 6 * MINUTE),
      paidAt: ago(kit, f.signedAgoMs + 3 * DAY),
      shippedAt: ago(kit, f.signedAgoMs + 2 * DAY),
      signedAt: ago(kit, f.signedAgoMs),
      carrier,
      trackingNo: `JDV${String(880_000_100_000 + n * 7_919)}`,
      shippingAddress: "北京市朝阳区建国路 88 号 现代城 5 号楼 1201",
    })
    .returning({ id: orders.id });
  if (!order) throw new Error("demo after-sales: order insert returned nothing");
  const items = await kit.db
    .insert(orderItems)
    .values(
      chosen.map((p) => ({
        orderId: order.id,
        sku: p.sku,
        name: p.name,
        quantity: 1,
        unitPriceFen: p.priceFen,
        warrantyDays: warrantyDaysOf[f.shop],
      })),
    )
    .returning({ id: orderItems.id });
  return { id: order.id, orderNo, buyer, itemIds: items.map((i) => i.id) };
}

/** The context of a demo person acting at `at`. */
export const as = (k: AfterSalesKit, actor: Actor | null, at: Date) => actAt(k.kit.db, actor, null, at);
export const asBuyer = (k: AfterSalesKit, o: FreshOrder, at: Date) =>
  actAt(k.kit.db, o.buyer.actor, { kind: "consumer", consumerId: o.buyer.id }, at);

/** The service order's pending proposal (the one the consumer answers). */
export async function pendingProposal(k: AfterSalesKit, serviceOrderId: string): Promise<string> {
  const [p] = await k.kit.db
    .select({ id: serviceOrderProposals.id })
    .from(serviceOrderProposals)
    .where(and(eq(serviceOrderProposals.serviceOrderId, serviceOrderId), eq(serviceOrderProposals.status, "pending")))
    .orderBy(desc(serviceOrderProposals.proposedAt))
    .limit(1);
  if (!p) throw new Error("demo after-sales: no pending proposal");
  return p.id;
}
