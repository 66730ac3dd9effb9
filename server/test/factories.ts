/**
 * Test data factories. Tests share one database per file (and, under `npm run test:pg`, one
 * database across files running in parallel), so every factory isolates by data: a fresh
 * shop per test, unique e-mails, user ids and order numbers from crypto.randomUUID().
 */
import type { DbOrTx } from "@/db/client";
import { adminUsers, consumers, orderItems, orders, shopMembers, shops, users } from "@/db/schema";
import { loadActor, type Actor } from "@/server/auth/actor";
import type { DeliveryType, OrderStatus } from "@/server/domain/order";
import type { AdminLevel, ShopRole } from "@/server/domain/shop";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";

/** The instant tests treat as "now" unless they say otherwise: 2026-03-15 12:00 in Shanghai. */
export const TEST_NOW = new Date("2026-03-15T04:00:00.000Z");

export type Shop = typeof shops.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderItem = typeof orderItems.$inferSelect;

export type ConsumerActor = Actor & { consumer: NonNullable<Actor["consumer"]> };
export type MerchantActor = Actor & { merchant: NonNullable<Actor["merchant"]> };
export type AdminActor = Actor & { admin: NonNullable<Actor["admin"]> };

/** A short unique token, e.g. for names and order-number prefixes. */
export function uniqueToken(length = 10): string {
  return crypto.randomUUID().replace(/-/g, "").slice(0, length).toUpperCase();
}

export async function createShop(db: DbOrTx, overrides: Partial<typeof shops.$inferInsert> = {}): Promise<Shop> {
  const [shop] = await db
    .insert(shops)
    .values({ name: `测试店铺 ${uniqueToken(6)}`, businessMode: "SOP", marketplaceStyle: "jd", ...overrides })
    .returning();
  if (!shop) throw new Error("createShop: insert returned no row");
  return shop;
}

async function createUser(db: DbOrTx, kind: string, name?: string): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(users).values({ id, name: name ?? `${kind} ${id.slice(0, 8)}`, email: `${kind}-${id}@test.arbiter` });
  return id;
}

async function actorOf(db: DbOrTx, userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`loadActor returned null for ${userId}`);
  return actor;
}

/** Merchant staff of `shopId` (SHOP-3: one shop per merchant user). */
export async function createMerchant(db: DbOrTx, shopId: string, role: ShopRole = "owner"): Promise<MerchantActor> {
  const userId = await createUser(db, "merchant");
  await db.insert(shopMembers).values({ shopId, userId, role });
  const actor = await actorOf(db, userId);
  const { merchant } = actor;
  if (!merchant) throw new Error("createMerchant: actor has no merchant membership");
  return { ...actor, merchant };
}

export async function createConsumer(db: DbOrTx, overrides: { name?: string; phone?: string } = {}): Promise<ConsumerActor> {
  const name = overrides.name ?? `顾客 ${uniqueToken(4)}`;
  const userId = await createUser(db, "consumer", name);
  await db.insert(consumers).values({
    userId,
    name,
    phone: overrides.phone ?? `138${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
  });
  const actor = await actorOf(db, userId);
  const { consumer } = actor;
  if (!consumer) throw new Error("createConsumer: actor has no consumer profile");
  return { ...actor, consumer };
}

export async function createAdmin(db: DbOrTx, level: AdminLevel = "adjudicator"): Promise<AdminActor> {
  const userId = await createUser(db, "admin");
  await db.insert(adminUsers).values({ userId, level });
  const actor = await actorOf(db, userId);
  const { admin } = actor;
  if (!admin) throw new Error("createAdmin: actor has no admin level");
  return { ...actor, admin };
}

export interface OrderItemInput {
  sku?: string;
  name?: string;
  quantity?: number;
  unitPriceFen?: number;
}

export interface CreateOrderInput {
  shopId: string;
  consumerId: string;
  status?: OrderStatus;
  /** Timestamps default relative to this instant (TEST_NOW if absent). */
  now?: Date;
  /** Defaults to 15 days before `now`. */
  paidAt?: Date;
  shippedAt?: Date | null;
  signedAt?: Date | null;
  completedAt?: Date | null;
  cancelledAt?: Date | null;
  orderNo?: string;
  deliveryType?: DeliveryType;
  worryFree?: boolean;
  /** Defaults to the items' total. */
  amountFen?: number;
  shippingFen?: number;
  items?: OrderItemInput[];
  shippingAddress?: string;
}

const REACHED: Record<OrderStatus, { shipped: boolean; signed: boolean; completed: boolean; cancelled: boolean }> = {
  paid: { shipped: false, signed: false, completed: false, cancelled: false },
  shipped: { shipped: true, signed: false, completed: false, cancelled: false },
  signed: { shipped: true, signed: true, completed: false, cancelled: false },
  completed: { shipped: true, signed: true, completed: true, cancelled: false },
  cancelled: { shipped: false, signed: false, completed: false, cancelled: true },
};

/**
 * An order with items (SHOP-2). Step timestamps follow the status: shipped 1 day after
 * payment, signed 3 days after, completed 10 days after (auto-confirm), cancelled 2 hours
 * after; each can be overridden (null clears it).
 */
export async function createOrder(db: DbOrTx, input: CreateOrderInput): Promise<Order & { items: OrderItem[] }> {
  const status = input.status ?? "paid";
  const reached = REACHED[status];
  const now = input.now ?? TEST_NOW;
  const paidAt = input.paidAt ?? new Date(now.getTime() - 15 * DAY_MS);
  const after = (ms: number) => new Date(paidAt.getTime() + ms);
  const step = (given: Date | null | undefined, reachedStep: boolean, offsetMs: number): Date | null =>
    given !== undefined ? given : reachedStep ? after(offsetMs) : null;
  const items = (input.items ?? [{}]).map((item, i) => ({
    sku: item.sku ?? `SKU-${uniqueToken(6)}`,
    name: item.name ?? `商品 ${i + 1}`,
    quantity: item.quantity ?? 1,
    unitPriceFen: item.unitPriceFen ?? 9_900,
  }));
  const itemsTotal = items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
  const shippedAt = step(input.shippedAt, reached.shipped, DAY_MS);
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        shopId: input.shopId,
        consumerId: input.consumerId,
        orderNo: input.orderNo ?? `T${uniqueToken(16)}`,
        status,
        deliveryType: input.deliveryType ?? "platform",
        worryFree: input.worryFree ?? false,
        amountFen: input.amountFen ?? itemsTotal,
        shippingFen: input.shippingFen ?? 0,
        paidAt,
        shippedAt,
        signedAt: step(input.signedAt, reached.signed, 3 * DAY_MS),
        completedAt: step(input.completedAt, reached.completed, 10 * DAY_MS),
        cancelledAt: step(input.cancelledAt, reached.cancelled, 2 * HOUR_MS),
        trackingNo: shippedAt ? `SF${uniqueToken(12)}` : null,
        carrier: shippedAt ? "顺丰速运" : null,
        shippingAddress: input.shippingAddress ?? "上海市浦东新区世纪大道 100 号",
      })
      .returning();
    if (!order) throw new Error("createOrder: insert returned no row");
    const itemRows = await tx
      .insert(orderItems)
      .values(items.map((item) => ({ ...item, orderId: order.id })))
      .returning();
    return { ...order, items: itemRows };
  });
}
