import crypto from "node:crypto";
import { and, count, countDistinct, eq, inArray } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db, type DbHandle } from "@/db/client";
import { auditEvents, invoiceRequests, orders, violations, workOrders } from "@/db/schema";
import { D, H, WO_NOW } from "@/server/test/fixtures/work-orders";
import { createConsumer, createShop } from "@/server/test/harness";
import { runSweep } from "./sweep";
import { deadlineTasks } from "./tasks";
import { systemContext } from "@/server/services/service-context";

const baseUrl = process.env.DATABASE_URL;
const SHOPS = 4;
const DUE_OPEN = 1_200;
const DUE_PROMISED = 120;
const SWEEPERS = 4;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Inserts in chunks so 1,320 rows take a handful of statements. */
async function insertChunks<T>(items: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

/** 1,200 open work orders past their reply deadline and 120 promises past their date, across four shops. */
async function seed(db: Db): Promise<void> {
  const shops = await Promise.all(Array.from({ length: SHOPS }, () => createShop(db)));
  const consumer = await createConsumer(db);
  const total = DUE_OPEN + DUE_PROMISED;
  const plan = Array.from({ length: total }, (_, i) => ({
    orderId: crypto.randomUUID(),
    requestId: crypto.randomUUID(),
    shopId: shops[i % SHOPS]?.id ?? "",
    promised: i >= DUE_OPEN,
    // Deadlines spread over the past day, many sharing the same instant.
    dueAt: new Date(WO_NOW.getTime() - (i % 97) * 15 * 60_000),
  }));
  await insertChunks(plan, 300, (chunk) =>
    db.insert(orders).values(
      chunk.map((p) => ({
        id: p.orderId,
        shopId: p.shopId,
        consumerId: consumer.consumer.id,
        orderNo: `PG${p.orderId.replace(/-/g, "").slice(0, 18)}`,
        status: "completed" as const,
        deliveryType: "platform" as const,
        amountFen: 9_900,
        placedAt: new Date(WO_NOW.getTime() - 40 * D),
        paidAt: new Date(WO_NOW.getTime() - 40 * D),
        completedAt: new Date(WO_NOW.getTime() - 30 * D),
        shippingAddress: "上海市浦东新区世纪大道 100 号",
      })),
    ),
  );
  await insertChunks(plan, 300, (chunk) =>
    db.insert(invoiceRequests).values(
      chunk.map((p) => ({
        id: p.requestId,
        shopId: p.shopId,
        orderId: p.orderId,
        consumerId: consumer.consumer.id,
        status: "requested" as const,
        invoicingParty: "merchant" as const,
        invoiceType: "electronic_normal" as const,
        title: "压测科技有限公司",
        supplementary: false,
        requestedAt: new Date(WO_NOW.getTime() - 20 * D),
      })),
    ),
  );
  await insertChunks(plan, 300, (chunk) =>
    db.insert(workOrders).values(
      chunk.map((p) => ({
        shopId: p.shopId,
        orderId: p.orderId,
        consumerId: consumer.consumer.id,
        type: "urge_invoice" as const,
        status: p.promised ? ("promised" as const) : ("open" as const),
        routedTo: "merchant" as const,
        invoiceRequestId: p.requestId,
        policyId: "jd.urge_invoice",
        policyVersion: 1,
        openedAt: new Date(p.dueAt.getTime() - 24 * H),
        dueAt: p.dueAt,
        ...(p.promised
          ? {
              repliedAt: new Date(p.dueAt.getTime() - 12 * H),
              replyOnTime: true,
              reply: { resolution: "agreed_invoice_date", promisedAt: p.dueAt.toISOString() },
            }
          : {}),
      })),
    ),
  );
}

// A database of its own: the real task list sweeps every shop, so it must not meet the rows of
// test files running in parallel on the shared test database (and they must not take ours).
describe.skipIf(!baseUrl)("deadline sweeper on PostgreSQL", () => {
  const dbName = `arbiter_sweep_${crypto.randomBytes(5).toString("hex")}`;
  const handles: DbHandle[] = [];

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${dbName}"`);
    const url = new URL(baseUrl ?? "");
    url.pathname = `/${dbName}`;
    for (let i = 0; i < SWEEPERS; i++) handles.push(await openDb({ url: url.toString() }));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }, 60_000);

  it("INV-7/INV-6: four concurrent sweepers apply each consequence exactly once over 1,200 due work orders", async () => {
    const [first] = handles;
    if (!first) throw new Error("no database handle");
    const db = first.db;
    await seed(db);

    const results = await Promise.all(
      handles.map((h) => runSweep(systemContext(h.db, WO_NOW), { tasks: deadlineTasks, batchSize: 50 })),
    );
    const sum = (task: string) => results.reduce((total, r) => total + (r.applied[task] ?? 0), 0);
    expect(sum("work_order.expire")).toBe(DUE_OPEN);
    expect(sum("work_order.break_promise")).toBe(DUE_PROMISED);
    // They really ran side by side: the work was shared, not done by one of them.
    expect(results.filter((r) => (r.applied["work_order.expire"] ?? 0) > 0).length).toBeGreaterThan(1);

    const byStatus = await db
      .select({ status: workOrders.status, n: count() })
      .from(workOrders)
      .groupBy(workOrders.status);
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({
      expired: DUE_OPEN,
      broken: DUE_PROMISED,
    });

    const audit = async (action: string) => {
      const [row] = await db
        .select({ events: count(), records: countDistinct(auditEvents.recordId) })
        .from(auditEvents)
        .where(and(eq(auditEvents.recordType, "work_order"), eq(auditEvents.action, action)));
      return row;
    };
    expect(await audit("work_order.expired")).toEqual({ events: DUE_OPEN, records: DUE_OPEN });
    expect(await audit("work_order.promise_broken")).toEqual({ events: DUE_PROMISED, records: DUE_PROMISED });

    const [raised] = await db
      .select({ tickets: count(), sources: countDistinct(violations.sourceId) })
      .from(violations)
      .where(and(eq(violations.rule, "INV-6"), eq(violations.sourceType, "work_order")));
    expect(raised).toEqual({ tickets: DUE_PROMISED, sources: DUE_PROMISED });
    // VIO-1: every expiry raised its INV-7 ticket, once.
    const [expiredTickets] = await db
      .select({ tickets: count(), sources: countDistinct(violations.sourceId) })
      .from(violations)
      .where(and(eq(violations.rule, "INV-7"), eq(violations.sourceType, "work_order")));
    expect(expiredTickets).toEqual({ tickets: DUE_OPEN, sources: DUE_OPEN });
    const [raisedEvents] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(inArray(auditEvents.action, ["violation.raised"]));
    expect(raisedEvents?.n).toBe(DUE_PROMISED + DUE_OPEN);

    // Sweeping again, all four at once, finds nothing to do.
    const again = await Promise.all(
      handles.map((h) =>
        runSweep(systemContext(h.db, new Date(WO_NOW.getTime() + H)), { tasks: deadlineTasks, batchSize: 50 }),
      ),
    );
    expect(again.flatMap((r) => Object.values(r.applied)).reduce((a, b) => a + b, 0)).toBe(0);
  }, 180_000);
});
