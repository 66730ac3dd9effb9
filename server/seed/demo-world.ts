/**
 * The demo world: the demo accounts (server/seed/accounts.ts), four shops, two dozen buyers and a
 * few hundred orders over the 60 days before `now`. Deterministic (fixed-seed PRNG, times
 * derived from `now`) and seeded once: the whole seed is one transaction that first claims
 * the `demo_seeded` flag in app_meta, so concurrent callers seed exactly once.
 */
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { accounts, adminUsers, appMeta, consumers, orderItems, orders, shopMembers, shops, users } from "@/db/schema";
import type { AdminLevel, ShopRole } from "@/server/domain/shop";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { DEMO_PASSWORD, type DemoShopKey, demoAccounts } from "./accounts";
import { consumerNames, demoShops, phonePrefixes, trackingFormats } from "./demo-data";
import { Rng } from "./rng";
import {
  address,
  forcedAges,
  forcedStatuses,
  orderItemsFor,
  statusForAge,
  type WorldStatus,
} from "./demo-world-orders";

export const DEMO_SEEDED_KEY = "demo_seeded";
const PRNG_SEED = 20_261_120;
const BATCH = 200;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Orders are paid within this window before `now`. */
export const DEMO_ORDER_WINDOW_DAYS = 60;

type UserRow = typeof users.$inferInsert;
type AccountRow = typeof accounts.$inferInsert;
type ShopRow = typeof shops.$inferInsert;
type MemberRow = typeof shopMembers.$inferInsert;
type ConsumerRow = typeof consumers.$inferInsert;
type AdminRow = typeof adminUsers.$inferInsert;
type OrderRow = typeof orders.$inferInsert;
type ItemRow = typeof orderItems.$inferInsert;

export interface DemoWorld {
  users: UserRow[];
  accounts: AccountRow[];
  shops: ShopRow[];
  shopMembers: MemberRow[];
  consumers: ConsumerRow[];
  adminUsers: AdminRow[];
  orders: OrderRow[];
  orderItems: ItemRow[];
}

const adminLevelOf = {
  admin_adjudicator: "adjudicator",
  admin_senior_reviewer: "senior_reviewer",
} as const satisfies Record<string, AdminLevel>;
const shopRoleOf = { merchant_owner: "owner", merchant_agent: "agent" } as const satisfies Record<string, ShopRole>;

interface BuyerSeed {
  id: string;
  addresses: readonly [string, string];
  weight: number;
}

/** Builds every row of the demo world. Pure apart from random UUIDs for row ids. */
export function buildDemoWorld(now: Date, passwordHash: string): DemoWorld {
  const rng = new Rng(PRNG_SEED);
  const nowMs = now.getTime();
  const at = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
  const world: DemoWorld = {
    users: [],
    accounts: [],
    shops: [],
    shopMembers: [],
    consumers: [],
    adminUsers: [],
    orders: [],
    orderItems: [],
  };

  const shopIds = new Map<DemoShopKey, string>();
  for (const shop of demoShops) {
    const id = crypto.randomUUID();
    shopIds.set(shop.key, id);
    world.shops.push({
      id,
      name: shop.name,
      businessMode: shop.businessMode,
      marketplaceStyle: shop.marketplaceStyle,
      timeZone: DEFAULT_TIME_ZONE,
      createdAt: at(nowMs - rng.int(400, 900) * DAY),
    });
  }

  const buyers: BuyerSeed[] = [];
  const addBuyer = (name: string, userId: string | null, weight: number, createdAt: Date) => {
    const id = crypto.randomUUID();
    const phone = `${rng.pick(phonePrefixes)}${rng.digits(8)}`;
    world.consumers.push({ id, userId, name, phone, createdAt });
    buyers.push({ id, addresses: [address(rng), address(rng)], weight });
  };

  const newcomers: { name: string; userId: string; createdAt: Date }[] = [];
  for (const account of demoAccounts) {
    const userId = crypto.randomUUID();
    const createdAt = at(nowMs - 120 * DAY);
    world.users.push({
      id: userId,
      name: account.name,
      email: account.email,
      emailVerified: true,
      createdAt,
      updatedAt: createdAt,
    });
    world.accounts.push({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
      createdAt,
      updatedAt: createdAt,
    });
    if (account.role === "consumer" && account.newcomer) newcomers.push({ name: account.name, userId, createdAt });
    else if (account.role === "consumer") addBuyer(account.name, userId, 2, createdAt);
    else if (account.role === "merchant_owner" || account.role === "merchant_agent") {
      const shopId = account.shopKey ? shopIds.get(account.shopKey) : undefined;
      if (!shopId) throw new Error(`demo merchant ${account.email} has no known shop`);
      world.shopMembers.push({ shopId, userId, role: shopRoleOf[account.role], createdAt });
    } else world.adminUsers.push({ userId, level: adminLevelOf[account.role], createdAt });
  }
  const demoBuyers = buyers.slice();
  for (const name of consumerNames) addBuyer(name, null, 1, at(nowMs - rng.int(90, 700) * DAY));
  const buyerOptions = buyers.map((b) => [b, b.weight] as const);

  for (const shop of demoShops) {
    const shopId = shopIds.get(shop.key) ?? "";
    for (let i = 0; i < shop.orderCount; i++) {
      const forced = forcedStatuses[i];
      const ageDays = forced
        ? rng.float(...forcedAges[forced]) // skewed towards recent days: a growing shop, and more open orders to work on
        : Math.max(0.02, (DEMO_ORDER_WINDOW_DAYS - 0.05) * rng.float() ** 1.3);
      const buyer = demoBuyers[i - forcedStatuses.length] ?? rng.weighted(buyerOptions);
      const paidMs = nowMs - ageDays * DAY;
      let status: WorldStatus = forced ?? statusForAge(rng, ageDays);

      // Step times; a step that would fall after now downgrades the status.
      const shippedMs = paidMs + rng.float(...shop.shipWithinHours) * HOUR;
      const signedMs = shippedMs + (shop.deliveryType === "platform" ? rng.float(10, 40) : rng.float(22, 80)) * HOUR;
      const completedMs =
        signedMs + (rng.chance(0.6) ? rng.float(0.5, 120) * HOUR : 7 * DAY + rng.float(1, 30) * MINUTE);
      const latest = nowMs - MINUTE;
      if (status === "completed" && completedMs >= latest) status = "signed";
      if (status === "signed" && signedMs >= latest) status = "shipped";
      if (status === "shipped" && shippedMs >= latest) status = "paid";

      let cancelledMs: number | null = null;
      let shippedThenCancelled = false;
      if (status === "cancelled") {
        shippedThenCancelled = shippedMs + 2 * HOUR < latest && rng.chance(0.3);
        const from = shippedThenCancelled ? shippedMs : paidMs;
        cancelledMs = from + Math.min(rng.float(5 * MINUTE, 20 * HOUR), (latest - from) * 0.8);
      }
      const reached = (step: WorldStatus) =>
        forcedStatuses.indexOf(status) >= forcedStatuses.indexOf(step) && status !== "cancelled";
      const hasShipped = reached("shipped") || shippedThenCancelled;
      const carrier = rng.pick(shop.carriers);
      const [prefix, len] = trackingFormats[carrier] ?? ["", 12];
      const trackingNo = `${prefix}${rng.digits(len)}`;

      const id = crypto.randomUUID();
      const lines = orderItemsFor(rng, shop);
      const goodsFen = lines.reduce((sum, l) => sum + l.qty * l.product.priceFen, 0);
      const shippingFen = shop.freeShippingOverFen > 0 && goodsFen < shop.freeShippingOverFen ? shop.shippingFeeFen : 0;
      for (const l of lines) {
        world.orderItems.push({
          orderId: id,
          sku: l.product.sku,
          name: l.product.name,
          quantity: l.qty,
          unitPriceFen: l.product.priceFen,
        });
      }
      world.orders.push({
        id,
        shopId,
        consumerId: buyer.id,
        orderNo: "",
        status,
        deliveryType: shop.deliveryType,
        worryFree: rng.chance(shop.worryFreeRate),
        amountFen: goodsFen + shippingFen,
        shippingFen,
        // Placed a few minutes before payment; derived, not drawn, so the PRNG sequence is unchanged.
        placedAt: at(paidMs - (2 + (i % 7)) * MINUTE),
        paidAt: at(paidMs),
        shippedAt: hasShipped ? at(shippedMs) : null,
        signedAt: reached("signed") ? at(signedMs) : null,
        completedAt: reached("completed") ? at(completedMs) : null,
        cancelledAt: cancelledMs === null ? null : at(cancelledMs),
        trackingNo: hasShipped ? trackingNo : null,
        carrier: hasShipped ? carrier : null,
        shippingAddress: rng.chance(0.8) ? buyer.addresses[0] : buyer.addresses[1],
      });
    }
  }

  // Order numbers: 12 digits, rising with payment time, unique across all shops.
  let orderNo = 302_418_560_000;
  const paidMsOf = (o: OrderRow) => o.paidAt?.getTime() ?? o.placedAt.getTime();
  for (const order of [...world.orders].sort((a, b) => paidMsOf(a) - paidMsOf(b))) {
    orderNo += rng.int(1_000, 60_000);
    order.orderNo = String(orderNo);
  }

  // Newcomers: demo accounts with no orders in the world (the demo cases give them theirs). Added
  // after every draw, without the PRNG, so the rest of the world is the same with or without them.
  newcomers.forEach((n, i) => {
    const phone = `1770000${String(1_000 + i)}`;
    world.consumers.push({ id: crypto.randomUUID(), userId: n.userId, name: n.name, phone, createdAt: n.createdAt });
  });
  return world;
}

async function insertBatched<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function insertWorld(tx: Tx, world: DemoWorld): Promise<void> {
  await insertBatched(world.users, (b) => tx.insert(users).values(b));
  await insertBatched(world.accounts, (b) => tx.insert(accounts).values(b));
  await insertBatched(world.shops, (b) => tx.insert(shops).values(b));
  await insertBatched(world.shopMembers, (b) => tx.insert(shopMembers).values(b));
  await insertBatched(world.consumers, (b) => tx.insert(consumers).values(b));
  await insertBatched(world.adminUsers, (b) => tx.insert(adminUsers).values(b));
  await insertBatched(world.orders, (b) => tx.insert(orders).values(b));
  await insertBatched(world.orderItems, (b) => tx.insert(orderItems).values(b));
}

/**
 * Seeds the demo world once. Returns {seeded:false} when it was already seeded (or another
 * process is seeding it right now and commits first). Any failure rolls everything back.
 */
export async function seedDemoWorld(db: Db, now: Date): Promise<{ seeded: boolean }> {
  // Cheap early exit so a restart does not pay for the password hash.
  const existing = await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_SEEDED_KEY));
  if (existing.length > 0) return { seeded: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const world = buildDemoWorld(now, passwordHash);
  const seeded = await db.transaction(async (tx) => {
    // The claim: on PostgreSQL a concurrent seeder blocks on this row until we commit (then
    // gets nothing back) or roll back (then it claims and seeds).
    const claimed = await tx
      .insert(appMeta)
      .values({ key: DEMO_SEEDED_KEY, value: now.toISOString() })
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    if (claimed.length === 0) return false;
    await insertWorld(tx, world);
    return true;
  });
  return { seeded };
}
