import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import type { DbHandle } from "@/db/client";
import { openMemoryTestDb } from "@/server/test/harness";
import { accounts, adminUsers, appMeta, consumers, orderItems, orders, shopMembers, shops, users } from "@/db/schema";
import { isUnpaidOrder, orderStatuses } from "@/server/domain/order";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { demoShops } from "./demo-data";
import { buildDemoWorld, DEMO_ORDER_WINDOW_DAYS, seedDemoWorld } from "./demo-world";

const NOW = new Date("2026-11-20T04:00:00Z");

describe("demo world seed", () => {
  let handle: DbHandle;
  let first: { seeded: boolean };

  beforeAll(async () => {
    handle = await openMemoryTestDb();
    first = await seedDemoWorld(handle.db, NOW);
  });
  afterAll(async () => {
    await handle.close();
  });

  const load = async () => {
    const db = handle.db;
    return {
      users: await db.select().from(users),
      accounts: await db.select().from(accounts),
      shops: await db.select().from(shops),
      members: await db.select().from(shopMembers),
      consumers: await db.select().from(consumers),
      admins: await db.select().from(adminUsers),
      orders: await db.select().from(orders),
      items: await db.select().from(orderItems),
    };
  };

  it("SHOP-1: seeds SOP shops on platform and third-party logistics and an FBP shop, across jd/pdd/tmall styles", async () => {
    const { shops: rows, orders: orderRows } = await load();
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.map((s) => [s.name, s]));
    expect(byName.get("晨光数码京东旗舰店")).toMatchObject({
      businessMode: "SOP",
      marketplaceStyle: "jd",
      timeZone: "Asia/Shanghai",
    });
    expect(byName.get("拼好货生鲜果园")).toMatchObject({ businessMode: "SOP", marketplaceStyle: "pdd" });
    expect(byName.get("京选家电自营仓")).toMatchObject({ businessMode: "FBP", marketplaceStyle: "jd" });
    expect(byName.get("优品家居天猫旗舰店")).toMatchObject({ businessMode: "SOP", marketplaceStyle: "tmall" });
    for (const shop of demoShops) {
      const id = byName.get(shop.name)?.id;
      const shopOrders = orderRows.filter((o) => o.shopId === id);
      expect(shopOrders.length).toBeGreaterThan(0);
      expect(new Set(shopOrders.map((o) => o.deliveryType))).toEqual(new Set([shop.deliveryType]));
      for (const o of shopOrders.filter((x) => x.shippedAt)) {
        expect(shop.carriers).toContain(o.carrier);
        expect(o.trackingNo).toMatch(/^[A-Z]*\d{10,}$/);
        if (shop.deliveryType === "platform") expect(o.carrier).toBe("京东物流");
      }
    }
  });

  it("SHOP-2: every order's amount equals its items and its step timestamps are ordered and in the past", async () => {
    const { orders: orderRows, items } = await load();
    const itemsByOrder = new Map<string, typeof items>();
    for (const i of items) itemsByOrder.set(i.orderId, [...(itemsByOrder.get(i.orderId) ?? []), i]);
    const windowStart = NOW.getTime() - DEMO_ORDER_WINDOW_DAYS * 24 * 3600_000;
    for (const o of orderRows) {
      const lines = itemsByOrder.get(o.id) ?? [];
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(o.amountFen).toBe(lines.reduce((s, l) => s + l.quantity * l.unitPriceFen, 0) + o.shippingFen);
      for (const l of lines)
        expect(Number.isInteger(l.unitPriceFen) && l.unitPriceFen > 0 && l.quantity > 0).toBe(true);

      expect(o.paidAt).not.toBeNull();
      const steps = [o.placedAt, o.paidAt, o.shippedAt, o.signedAt, o.completedAt].filter((t): t is Date => t !== null);
      for (let i = 1; i < steps.length; i++) expect(steps[i - 1]?.getTime()).toBeLessThan(steps[i]?.getTime() ?? 0);
      for (const t of [...steps, o.cancelledAt]) if (t) expect(t.getTime()).toBeLessThan(NOW.getTime());
      expect(o.placedAt.getTime()).toBeGreaterThanOrEqual(windowStart - 10 * 60_000);

      const expected = {
        awaiting_payment: [false, false, false, false],
        closed_unpaid: [false, false, false, true],
        paid: [false, false, false, false],
        shipped: [true, false, false, false],
        signed: [true, true, false, false],
        completed: [true, true, true, false],
        cancelled: [o.shippedAt !== null, false, false, true],
      }[o.status];
      expect([o.shippedAt !== null, o.signedAt !== null, o.completedAt !== null, o.cancelledAt !== null]).toEqual(
        expected,
      );
      if (o.cancelledAt)
        expect(o.cancelledAt.getTime()).toBeGreaterThan((o.shippedAt ?? o.paidAt ?? o.placedAt).getTime());
      expect(o.trackingNo !== null).toBe(o.shippedAt !== null);
      expect(o.carrier !== null).toBe(o.shippedAt !== null);
      expect(o.shippingAddress).toMatch(/[省市].+[区].+号.+室$/);
    }
    expect(new Set(orderRows.map((o) => o.orderNo)).size).toBe(orderRows.length);
    for (const o of orderRows) expect(o.orderNo).toMatch(/^\d{12}$/);
  });

  it("SHOP-2: 300+ orders over the last 60 days with every status in every shop; recent orders mostly open, old ones mostly completed", async () => {
    const { orders: orderRows, shops: shopRows } = await load();
    expect(orderRows.length).toBeGreaterThanOrEqual(300);
    for (const shop of shopRows) {
      const statuses = new Set(orderRows.filter((o) => o.shopId === shop.id).map((o) => o.status));
      // The world's orders were all paid; unpaid ones (awaiting_payment, closed_unpaid) come with the demo cases.
      expect([...statuses].sort()).toEqual(orderStatuses.filter((st) => !isUnpaidOrder(st)).sort());
    }
    const age = (o: { placedAt: Date }) => (NOW.getTime() - o.placedAt.getTime()) / 86_400_000;
    const recent = orderRows.filter((o) => age(o) < 3);
    const old = orderRows.filter((o) => age(o) > 20);
    expect(recent.filter((o) => o.status === "paid" || o.status === "shipped").length / recent.length).toBeGreaterThan(
      0.5,
    );
    expect(old.filter((o) => o.status === "completed").length / old.length).toBeGreaterThan(0.8);
    const worryFree = orderRows.filter((o) => o.worryFree);
    expect(worryFree.length / orderRows.length).toBeGreaterThan(0.02);
    expect(worryFree.length / orderRows.length).toBeLessThan(0.1);
    const tmall = shopRows.find((s) => s.marketplaceStyle === "tmall");
    expect(worryFree.filter((o) => o.shopId === tmall?.id).length / worryFree.length).toBeGreaterThan(0.5);
  });

  it("SHOP-3: every demo merchant belongs to exactly one shop with a role; every role has an account", async () => {
    const w = await load();
    expect(w.users).toHaveLength(demoAccounts.length);
    const userByEmail = new Map(w.users.map((u) => [u.email, u]));
    const shopById = new Map(w.shops.map((s) => [s.id, s]));
    const roles = new Set<string>();
    for (const account of demoAccounts) {
      const user = userByEmail.get(account.email);
      expect(user).toMatchObject({ name: account.name, emailVerified: true });
      const creds = w.accounts.filter((a) => a.userId === user?.id);
      expect(creds).toHaveLength(1);
      expect(creds[0]).toMatchObject({ providerId: "credential", accountId: user?.id });
      const memberships = w.members.filter((m) => m.userId === user?.id);
      if (account.role === "merchant_owner" || account.role === "merchant_agent") {
        expect(memberships).toHaveLength(1);
        const m = memberships[0];
        expect(m?.role).toBe(account.role === "merchant_owner" ? "owner" : "agent");
        expect(shopById.get(m?.shopId ?? "")?.name).toBe(demoShops.find((s) => s.key === account.shopKey)?.name);
        roles.add(`merchant:${m?.role}`);
      } else expect(memberships).toHaveLength(0);
      if (account.role === "consumer") {
        expect(w.consumers.filter((c) => c.userId === user?.id)).toHaveLength(1);
        roles.add("consumer");
      }
      const admin = w.admins.find((a) => a.userId === user?.id);
      if (account.role.startsWith("admin_")) roles.add(`admin:${admin?.level}`);
      else expect(admin).toBeUndefined();
    }
    expect([...roles].sort()).toEqual([
      "admin:adjudicator",
      "admin:senior_reviewer",
      "consumer",
      "merchant:agent",
      "merchant:owner",
    ]);
    // One hash for all, and it verifies against the demo password.
    const hashes = new Set(w.accounts.map((a) => a.password));
    expect(hashes.size).toBe(1);
    const [hash] = [...hashes];
    expect(await verifyPassword({ hash: hash ?? "", password: DEMO_PASSWORD })).toBe(true);
  });

  it("SHOP-3: 20+ buyers with Chinese names and 11-digit phones; each demo consumer has orders in at least two shops", async () => {
    const w = await load();
    expect(w.consumers.length).toBeGreaterThanOrEqual(20);
    for (const c of w.consumers) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(c.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    for (const name of ["张伟", "李娜", "王芳"]) {
      const consumer = w.consumers.find((c) => c.name === name);
      expect(consumer?.userId).toBeTruthy();
      const shopIds = new Set(w.orders.filter((o) => o.consumerId === consumer?.id).map((o) => o.shopId));
      expect(shopIds.size).toBeGreaterThanOrEqual(2);
    }
    // The newcomer account 何静 has no orders in the world: the demo cases give her hers.
    const newcomer = w.consumers.find((c) => c.name === "何静");
    expect(newcomer?.userId).toBeTruthy();
    expect(w.orders.filter((o) => o.consumerId === newcomer?.id)).toHaveLength(0);
  });

  it("seeding twice seeds once: the second call returns {seeded:false} and changes nothing", async () => {
    expect(first).toEqual({ seeded: true });
    const before = await load();
    expect(await seedDemoWorld(handle.db, new Date(NOW.getTime() + 3600_000))).toEqual({ seeded: false });
    const after = await load();
    for (const key of Object.keys(before) as (keyof typeof before)[])
      expect(after[key].length).toBe(before[key].length);
    const meta = await handle.db.select().from(appMeta);
    expect(meta).toEqual([{ key: "demo_seeded", value: NOW.toISOString() }]);
  });

  it("concurrent seeders on one database seed once", async () => {
    const h = await openMemoryTestDb();
    try {
      const results = await Promise.all([seedDemoWorld(h.db, NOW), seedDemoWorld(h.db, NOW)]);
      expect(results.filter((r) => r.seeded)).toHaveLength(1);
      expect(await h.db.select().from(users)).toHaveLength(demoAccounts.length);
    } finally {
      await h.close();
    }
  }, 120_000); // two full demo seeds racing on one database: seconds on a quiet machine, far more beside a build

  it("is reproducible: the same clock builds the same orders", () => {
    const strip = (w: ReturnType<typeof buildDemoWorld>) =>
      w.orders.map(({ id: _id, shopId: _s, consumerId: _c, ...rest }) => rest);
    expect(strip(buildDemoWorld(NOW, "h"))).toEqual(strip(buildDemoWorld(NOW, "h")));
  });
});
