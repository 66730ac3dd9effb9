import crypto from "node:crypto";
import { and, count, countDistinct, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db, type DbHandle } from "@/db/client";
import { disputes, invoiceObligations, invoiceRequests, orders, violations } from "@/db/schema";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { createConsumer, createShop, TEST_NOW } from "@/server/test/harness";
import { invoiceObligationTasksFor } from "./sweep-tasks";

const baseUrl = process.env.DATABASE_URL;
const SHOPS = 4;
const DUE = 400;
const SWEEPERS = 4;
const DAY = 24 * 3_600_000;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** 400 open obligations past their deadline (judged urged disputes), across four shops; one not yet due per shop. */
async function seed(db: Db): Promise<string[]> {
  const shops = await Promise.all(Array.from({ length: SHOPS }, () => createShop(db)));
  const consumer = await createConsumer(db);
  const plan = Array.from({ length: DUE + SHOPS }, (_, i) => ({
    orderId: crypto.randomUUID(),
    requestId: crypto.randomUUID(),
    disputeId: crypto.randomUUID(),
    shopId: shops[i % SHOPS]?.id ?? "",
    dueAt: i < DUE ? new Date(TEST_NOW.getTime() - (i % 53) * 3_600_000) : new Date(TEST_NOW.getTime() + 1),
  }));
  const consumerId = consumer.consumer.id;
  await db.insert(orders).values(
    plan.map((p) => ({
      id: p.orderId,
      shopId: p.shopId,
      consumerId,
      orderNo: `OB${p.orderId.replace(/-/g, "").slice(0, 18)}`,
      status: "completed" as const,
      deliveryType: "platform" as const,
      amountFen: 9_900,
      placedAt: new Date(TEST_NOW.getTime() - 40 * DAY),
      paidAt: new Date(TEST_NOW.getTime() - 40 * DAY),
      completedAt: new Date(TEST_NOW.getTime() - 30 * DAY),
      shippingAddress: "上海市浦东新区世纪大道 100 号",
    })),
  );
  const common = (p: (typeof plan)[number]) => ({ shopId: p.shopId, orderId: p.orderId, consumerId });
  await db.insert(invoiceRequests).values(
    plan.map((p) => ({
      id: p.requestId,
      ...common(p),
      status: "requested" as const,
      invoicingParty: "merchant" as const,
      invoiceType: "electronic_normal" as const,
      title: "压测科技有限公司",
      supplementary: false,
      requestedAt: new Date(TEST_NOW.getTime() - 20 * DAY),
    })),
  );
  await db.insert(disputes).values(
    plan.map((p) => ({
      id: p.disputeId,
      ...common(p),
      scenario: "invoice_urged" as const,
      status: "judged" as const,
      responsibleParty: "merchant" as const,
      invoiceRequestId: p.requestId,
      policyId: "jd.dispute.invoice_urged",
      policyVersion: 1,
      claim: "催开票无人处理",
      openedAt: new Date(TEST_NOW.getTime() - 10 * DAY),
      liableParty: "merchant" as const,
      remedy: "none" as const,
      judgedAt: new Date(TEST_NOW.getTime() - 8 * DAY),
    })),
  );
  await db.insert(invoiceObligations).values(
    plan.map((p) => ({
      ...common(p),
      invoiceRequestId: p.requestId,
      disputeId: p.disputeId,
      source: "judgment" as const,
      invoicingParty: "merchant" as const,
      status: "open" as const,
      dueDay: p.dueAt.toISOString().slice(0, 10),
      dueAt: p.dueAt,
      createdAt: new Date(TEST_NOW.getTime() - 8 * DAY),
    })),
  );
  return shops.map((s) => s.id);
}

describe.skipIf(!baseUrl)("invoicing obligations swept on PostgreSQL", () => {
  const dbName = `arbiter_obligations_${crypto.randomBytes(5).toString("hex")}`;
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

  it("DSP-INV-3: four concurrent sweepers break each due obligation once and raise one DSP-INV-3 ticket per dispute", async () => {
    const [first] = handles;
    if (!first) throw new Error("no database handle");
    const shopIds = await seed(first.db);
    const tasks = invoiceObligationTasksFor(shopIds);
    const results = await Promise.all(
      handles.map((h) => runSweep(systemContext(h.db, TEST_NOW), { tasks, batchSize: 25 })),
    );
    expect(results.reduce((total, r) => total + (r.applied["invoice_obligation.break"] ?? 0), 0)).toBe(400);
    const byStatus = await first.db
      .select({ status: invoiceObligations.status, n: count() })
      .from(invoiceObligations)
      .groupBy(invoiceObligations.status);
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({ broken: 400, open: 4 });
    const [tickets] = await first.db
      .select({ tickets: count(), sources: countDistinct(violations.sourceId) })
      .from(violations)
      .where(and(eq(violations.rule, "DSP-INV-3"), eq(violations.sourceType, "dispute"), eq(violations.points, 2)));
    expect(tickets).toEqual({ tickets: 400, sources: 400 });
    const again = await Promise.all(
      handles.map((h) => runSweep(systemContext(h.db, TEST_NOW), { tasks, batchSize: 25 })),
    );
    expect(again.reduce((total, r) => total + (r.applied["invoice_obligation.break"] ?? 0), 0)).toBe(0);
  }, 180_000);
});
