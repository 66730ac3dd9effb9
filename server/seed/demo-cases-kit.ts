/**
 * What the demo cases seed (server/seed/demo-cases.ts) works with: the demo world's shops, staff
 * and buyers as Actors, its orders, and a deterministic order picker. Everything is read with
 * sorted queries, so the same world at the same `now` always yields the same cases.
 */
import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consumers, orders, shops, users } from "@/db/schema";
import { type Actor, loadActor } from "@/server/auth/actor";
import { isUnpaidOrder, type OrderStatus } from "@/server/domain/order";
import type { BusinessMode } from "@/server/domain/shop";
import { defaultLocale } from "@/server/i18n/locale";
import { homeTenantOf, type ServiceContext } from "@/server/services/service-context";
import type { Tenant } from "@/server/services/tenant";
import { type DemoShopKey, demoAccounts } from "./accounts";
import { demoShops } from "./demo-data";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type DemoBuyerKey = "zhangwei" | "lina" | "wangfang";
/** A named demo buyer, or any of the buyers without an account. */
export type Who = DemoBuyerKey | "other";

const buyerEmails: Record<DemoBuyerKey, string> = {
  zhangwei: "zhangwei@buyer.demo",
  lina: "lina@buyer.demo",
  wangfang: "wangfang@buyer.demo",
};
/** A demo account with no orders in the world (accounts.ts: newcomer). */
const NEWCOMER_EMAIL = "hejing@buyer.demo";
const staffEmails = {
  chenguangOwner: "owner@chenguang.demo",
  chenguangAgent: "agent@chenguang.demo",
  pinhaohuo: "owner@pinhaohuo.demo",
  youpin: "owner@youpin.demo",
  judge: "judge@platform.demo",
  senior: "senior@platform.demo",
} as const;
export type StaffKey = keyof typeof staffEmails;

export interface Buyer {
  id: string;
  name: string;
  /** Demo buyers can sign in; the others are acted for by consumer id only (actor null). */
  actor: Actor | null;
}

export interface SeedOrder {
  id: string;
  orderNo: string;
  shopKey: DemoShopKey;
  consumerId: string;
  status: OrderStatus;
  amountFen: number;
  /** Null for an order never paid. */
  paidAt: Date | null;
  completedAt: Date | null;
}

export interface DemoKit {
  db: Db;
  now: Date;
  shops: Record<DemoShopKey, { id: string; name: string; businessMode: BusinessMode }>;
  staff: Record<StaffKey, Actor>;
  demoBuyers: Record<DemoBuyerKey, Buyer>;
  /** The newcomer demo account (何静): no orders in the world; the complaint story gives her hers. */
  newcomer: Buyer;
  buyers: Map<string, Buyer>;
  /** Newest order first (order numbers rise with payment time). */
  orders: SeedOrder[];
  used: Set<string>;
  casesPerBuyer: Map<string, number>;
}

export const ago = (kit: DemoKit, ms: number): Date => new Date(kit.now.getTime() - ms);

/** Loads the demo world's people and orders; null when the demo world is not there. */
export async function loadDemoKit(db: Db, now: Date): Promise<DemoKit | null> {
  const emails = demoAccounts.map((a) => a.email);
  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const actorOf = async (email: string): Promise<Actor | null> => {
    const row = userRows.find((u) => u.email === email);
    return row ? loadActor(db, row.id) : null;
  };

  const staff: Partial<Record<StaffKey, Actor>> = {};
  for (const [key, email] of Object.entries(staffEmails) as [StaffKey, string][]) {
    const actor = await actorOf(email);
    if (!actor) return null;
    staff[key] = actor;
  }
  const demoActors: Partial<Record<DemoBuyerKey, Actor>> = {};
  for (const [key, email] of Object.entries(buyerEmails) as [DemoBuyerKey, string][]) {
    const actor = await actorOf(email);
    if (!actor?.consumer) return null;
    demoActors[key] = actor;
  }

  const shopRows = await db
    .select({ id: shops.id, name: shops.name, businessMode: shops.businessMode })
    .from(shops)
    .orderBy(asc(shops.name));
  const shopMap: Partial<DemoKit["shops"]> = {};
  const keyOfShop = new Map<string, DemoShopKey>();
  for (const shop of demoShops) {
    const row = shopRows.find((s) => s.name === shop.name);
    if (!row) return null;
    shopMap[shop.key] = row;
    keyOfShop.set(row.id, shop.key);
  }

  const buyers = new Map<string, Buyer>();
  const consumerRows = await db
    .select({ id: consumers.id, name: consumers.name, userId: consumers.userId })
    .from(consumers)
    .orderBy(asc(consumers.name));
  const actors = Object.values(demoActors);
  for (const c of consumerRows) {
    const actor = actors.find((a) => a.consumer?.id === c.id) ?? null;
    buyers.set(c.id, { id: c.id, name: c.name, actor });
  }
  const newcomerActor = await actorOf(NEWCOMER_EMAIL);
  const newcomerRow = newcomerActor?.consumer ? buyers.get(newcomerActor.consumer.id) : undefined;
  const newcomer = newcomerRow && newcomerActor ? { ...newcomerRow, actor: newcomerActor } : undefined;
  if (!newcomer) return null;
  buyers.set(newcomer.id, newcomer);
  const demoBuyer = (key: DemoBuyerKey): Buyer | undefined => {
    const id = demoActors[key]?.consumer?.id;
    return id ? buyers.get(id) : undefined;
  };
  const zhangwei = demoBuyer("zhangwei");
  const lina = demoBuyer("lina");
  const wangfang = demoBuyer("wangfang");
  const { chenguangOwner, chenguangAgent, pinhaohuo, youpin, judge, senior } = staff;
  const { chenguang, jingxuan } = shopMap;
  if (
    !zhangwei ||
    !lina ||
    !wangfang ||
    !chenguangOwner ||
    !chenguangAgent ||
    !pinhaohuo ||
    !youpin ||
    !judge ||
    !senior
  )
    return null;
  if (!chenguang || !jingxuan || !shopMap.pinhaohuo || !shopMap.youpin) return null;

  const orderRows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      shopId: orders.shopId,
      consumerId: orders.consumerId,
      status: orders.status,
      amountFen: orders.amountFen,
      paidAt: orders.paidAt,
      completedAt: orders.completedAt,
    })
    .from(orders)
    .orderBy(asc(orders.orderNo));
  const seedOrders = orderRows.flatMap(({ shopId, ...o }) => {
    const shopKey = keyOfShop.get(shopId);
    return shopKey ? [{ ...o, shopKey }] : [];
  });

  return {
    db,
    now,
    shops: { chenguang, jingxuan, pinhaohuo: shopMap.pinhaohuo, youpin: shopMap.youpin },
    staff: { chenguangOwner, chenguangAgent, pinhaohuo, youpin, judge, senior },
    demoBuyers: { zhangwei, lina, wangfang },
    newcomer,
    buyers,
    orders: seedOrders.reverse(),
    used: new Set(),
    casesPerBuyer: new Map(),
  };
}

export interface OrderWanted {
  shop: DemoShopKey;
  who: Who;
  /** When the invoice gets requested: the order was paid (and completed, if it is) before it. */
  before: Date;
  /** The order must be completed (urge-invoice needs it, INV-3). */
  completed?: boolean;
  /** The buyer must be able to sign in (disputes are opened by an Actor). */
  needsAccount?: boolean;
}

/**
 * An unused order of the shop fitting the story, newest first: the named buyer's, else another
 * demo buyer's; "other" takes the buyer without an account who has the fewest cases so far.
 */
export function pickOrder(kit: DemoKit, wanted: OrderWanted): { order: SeedOrder; buyer: Buyer } | null {
  const limit = wanted.before.getTime() - HOUR;
  const fits = (o: SeedOrder) =>
    o.shopKey === wanted.shop &&
    !kit.used.has(o.id) &&
    o.status !== "cancelled" &&
    !isUnpaidOrder(o.status) &&
    o.paidAt !== null &&
    o.paidAt.getTime() < limit &&
    (o.completedAt ? o.completedAt.getTime() < limit : !wanted.completed);
  const candidates = kit.orders.filter(fits);

  const demoIds = Object.values(kit.demoBuyers).map((b) => b.id);
  let order: SeedOrder | undefined;
  if (wanted.who !== "other") {
    const named = kit.demoBuyers[wanted.who].id;
    order = [named, ...demoIds.filter((id) => id !== named)]
      .map((id) => candidates.find((o) => o.consumerId === id))
      .find(Boolean);
  }
  if (!order && !wanted.needsAccount) {
    const others = candidates.filter((o) => !demoIds.includes(o.consumerId));
    const load = (o: SeedOrder) => kit.casesPerBuyer.get(o.consumerId) ?? 0;
    order = others.reduce<SeedOrder | undefined>(
      (best, o) => (best === undefined || load(o) < load(best) ? o : best),
      undefined,
    );
  }
  const buyer = order ? kit.buyers.get(order.consumerId) : undefined;
  if (!order || !buyer) return null;
  kit.used.add(order.id);
  kit.casesPerBuyer.set(buyer.id, (kit.casesPerBuyer.get(buyer.id) ?? 0) + 1);
  return { order, buyer };
}

/**
 * The context a demo person acts in at a past time: `tenant` null = the actor's own audience
 * (for uploads). A buyer without an account acts with actor null in their consumer tenant.
 */
export function actAt(db: Db, actor: Actor | null, tenant: Tenant | null, at: Date): ServiceContext {
  const acting = tenant ?? homeTenantOf(actor);
  if (!acting) throw new Error("demo cases: who acts here belongs to no audience");
  return { db, actor, tenant: acting, now: at, locale: defaultLocale };
}
