import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openMemoryTestDb, serviceContext } from "@/server/test/harness";
import {
  auditEvents,
  disputes,
  files,
  invoiceObligations,
  invoiceRequests,
  refunds,
  serviceOrders,
  shops,
  violations,
  workOrders,
} from "@/db/schema";
import { serviceOrderStatuses } from "@/server/domain/after-sales";
import { getAdjudicationCase } from "@/server/services/adjudication/get-case";
import { getBlobStore } from "@/server/storage/blob-store";
import { listPlatformCases, listPlatformCasesInput } from "@/server/services/intervention/list-platform-cases";
import { getInvoice } from "@/server/services/invoices/get-invoice";
import { listWarningQueue, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";
import { listAdjudicationQueue } from "@/server/services/adjudication/list-queue";
import { listFbpReceipts } from "@/server/services/after-sales/list-fbp-receipts";
import { listFbpReceiptsInput } from "@/server/services/after-sales/list-fbp-receipts-input";
import { seedDemoCases } from "./demo-cases";
import { loadDemoKit } from "./demo-cases-kit";
import { seedDemoWorld } from "./demo-world";

const NOW = new Date("2026-11-20T04:00:00Z");

describe("demo cases seed", () => {
  let handle: DbHandle;
  let filesDir: string;
  let first: { seeded: boolean };
  const previousFilesDir = process.env.ARBITER_FILES_DIR;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-demo-cases-"));
    process.env.ARBITER_FILES_DIR = filesDir;
    handle = await openMemoryTestDb();
    await seedDemoWorld(handle.db, NOW);
    first = await seedDemoCases(handle.db, NOW);
  }, 180_000); // the whole demo world and every case kind, beside the production build in CI
  afterAll(async () => {
    await handle.close();
    if (previousFilesDir === undefined) delete process.env.ARBITER_FILES_DIR;
    else process.env.ARBITER_FILES_DIR = previousFilesDir;
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const shopId = async (name: string) => {
    const [shop] = await handle.db.select({ id: shops.id }).from(shops).where(eq(shops.name, name));
    if (!shop) throw new Error(`no shop ${name}`);
    return shop.id;
  };
  const countBy = async <T extends string>(query: Promise<{ key: T; n: number }[]>) =>
    Object.fromEntries((await query).map((r) => [r.key, r.n]));
  const counts = async () => {
    const db = handle.db;
    const n = sql<number>`count(*)::int`.mapWith(Number);
    return {
      invoices: await countBy(
        db.select({ key: invoiceRequests.status, n }).from(invoiceRequests).groupBy(invoiceRequests.status),
      ),
      workOrders: await countBy(
        db
          .select({ key: workOrders.status, n })
          .from(workOrders)
          .where(eq(workOrders.type, "urge_invoice"))
          .groupBy(workOrders.status),
      ),
      interventions: await countBy(
        db
          .select({ key: workOrders.status, n })
          .from(workOrders)
          .where(inArray(workOrders.type, ["not_received", "missing_items", "collaborative"]))
          .groupBy(workOrders.status),
      ),
      // The invoice disputes; cancel-order disputes have their own seed test (demo-cases-cancel).
      disputes: await countBy(
        db
          .select({ key: disputes.status, n })
          .from(disputes)
          .where(ne(disputes.scenario, "order_cancel"))
          .groupBy(disputes.status),
      ),
      violations: await countBy(db.select({ key: violations.rule, n }).from(violations).groupBy(violations.rule)),
      refunds: (
        await db
          .select({ n })
          .from(refunds)
          .where(
            sql`${refunds.orderId} not in (select order_id from cancel_orders union select order_id from disputes where scenario = 'order_cancel' union select order_id from service_orders)`,
          )
      )[0]?.n,
      audit: (await db.select({ n }).from(auditEvents))[0]?.n,
      files: (await db.select({ n }).from(files))[0]?.n,
    };
  };

  it("seeds once on top of the demo world", () => {
    expect(first).toEqual({ seeded: true });
  });

  it("INV-9: 晨光's warning queue shows open urge work orders in every tier a sweep leaves (nothing overdue)", async () => {
    const result = await listWarningQueue(
      serviceContext(handle.db, null, {
        tenant: { kind: "merchant", shopId: await shopId("晨光数码京东旗舰店") },
        now: NOW,
      }),
      warningQueueInput.parse({ limit: 100 }),
    );
    const open = result.items.filter((i) => i.status === "open" && i.type === "urge_invoice");
    expect(open.length).toBeGreaterThanOrEqual(4);
    for (const tier of ["under_2h", "under_6h", "under_24h"] as const)
      expect(open.some((i) => i.urgency === tier)).toBe(true);
    expect(result.items.some((i) => i.status === "promised" && i.urgency === "later")).toBe(true);
    expect(result.counts).toMatchObject({ overdue: 0 });
    for (const tier of ["under_2h", "under_6h", "under_24h", "later"] as const)
      expect(result.counts?.[tier]).toBeGreaterThan(0);
  });

  it("SHOP-1: the FBP shop's urge work orders are in the platform's queue", async () => {
    const result = await listWarningQueue(
      serviceContext(handle.db, null, { tenant: { kind: "admin" }, now: NOW }),
      warningQueueInput.parse({}),
    );
    const jingxuan = await shopId("京选家电自营仓");
    expect(result.items.filter((i) => i.status === "open").length).toBeGreaterThanOrEqual(1);
    expect(
      await handle.db
        .select()
        .from(workOrders)
        .where(and(eq(workOrders.shopId, jingxuan), eq(workOrders.status, "open"))),
    ).not.toHaveLength(0);
  });

  it("INV-2/6/7, DSP-2..5: invoices, work orders and disputes in every state, with the sweep's outcomes", async () => {
    const c = await counts();
    expect(c.invoices.requested).toBeGreaterThanOrEqual(25);
    expect(c.invoices.issued).toBeGreaterThanOrEqual(3);
    expect(c.invoices.refused).toBeGreaterThanOrEqual(2);
    expect(c.workOrders).toMatchObject({ open: 10, promised: 1, broken: 1, expired: 3, resolved: 2 });
    // platform_judging: 3 here and 1 of the complaint story (何静 at 拼好货, demo-cases-complaints).
    expect(c.disputes).toMatchObject({ awaiting_merchant: 2, awaiting_consumer: 1, platform_judging: 4, judged: 1 });
    expect(c.violations["INV-6"]).toBe(1);
    expect(c.violations["DSP-5"]).toBe(1);
    expect(c.refunds).toBe(1);
    // Every issued invoice has its PDF stored.
    const issued = await handle.db
      .select({ fileId: invoiceRequests.invoiceFileId, no: invoiceRequests.invoiceNo })
      .from(invoiceRequests)
      .where(eq(invoiceRequests.status, "issued"));
    for (const row of issued) {
      expect(row.no).toMatch(/^\d{20}$/);
      const [file] = await handle.db
        .select()
        .from(files)
        .where(eq(files.id, row.fileId ?? ""));
      const bytes = file ? await getBlobStore().getBytes(file.storageKey) : null;
      expect(new TextDecoder().decode(bytes ?? new Uint8Array()).startsWith("%PDF-")).toBe(true);
    }
  });

  it("DSP-4: the silent merchant's dispute was escalated by the system, and the FBP dispute waits for the platform", async () => {
    const given = await handle.db.select().from(disputes).where(eq(disputes.evidenceGivenUp, true));
    expect(given.map((d) => d.status).sort()).toEqual(["judged", "platform_judging"]);
    const platform = await handle.db
      .select()
      .from(disputes)
      .where(and(eq(disputes.responsibleParty, "platform"), eq(disputes.status, "awaiting_merchant")));
    expect(platform).toHaveLength(1);
  });

  it("DSP-INV-2/DSP-INV-3: the urged dispute in judgment says its expired work order makes the merchant liable; the judged one ordered the invoice by a date", async () => {
    const [urged] = await handle.db
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.scenario, "invoice_urged"), eq(disputes.status, "platform_judging")));
    const judge = {
      userId: "demo-judge",
      name: "判责员",
      email: "judge@demo",
      consumer: null,
      merchant: null,
      admin: { level: "adjudicator" as const },
    };
    const page = await getAdjudicationCase(serviceContext(handle.db, judge, { now: NOW }), {
      kind: "dispute",
      id: urged?.id ?? "",
    });
    expect(page).toMatchObject({
      dispute: {
        urgeWorkOrder: {
          status: "expired",
          verdict: { liableParty: "merchant", text: { "zh-CN": "催开票工单已超时未回复 → 依 DSP-INV-2 商家担责" } },
        },
      },
    });
    const obligations = await handle.db.select().from(invoiceObligations);
    expect(obligations).toMatchObject([
      { source: "judgment", status: "open", dueDay: "2026-11-24", dueAt: new Date("2026-11-24T16:00:00Z") },
    ]);
  });

  it("WO-PDD-1/2, WO-TM-1..5: intervention work orders open at the merchants and in review/judgment at the platform", async () => {
    const rows = await handle.db
      .select({ type: workOrders.type, status: workOrders.status, dueAt: workOrders.dueAt, reply: workOrders.reply })
      .from(workOrders)
      .where(inArray(workOrders.type, ["not_received", "missing_items", "collaborative"]));
    const of = (type: string, status: string) => rows.filter((r) => r.type === type && r.status === status);
    const hoursLeft = (type: string) =>
      of(type, "open").map((r) => Math.round(((r.dueAt?.getTime() ?? 0) - NOW.getTime()) / 3_600_000));
    expect(hoursLeft("not_received")).toEqual([40]);
    expect(hoursLeft("missing_items")).toEqual([6]);
    expect(hoursLeft("collaborative")).toEqual([20]);
    expect(of("not_received", "judging")).toHaveLength(1);
    expect(of("missing_items", "resolved").map((r) => r.reply)).toEqual([
      expect.objectContaining({ resolution: "reshipment", trackingNo: expect.any(String) }),
    ]);
    expect(of("collaborative", "reviewing")).toHaveLength(1);
    expect(of("collaborative", "judging")).toHaveLength(1);
    const queue = await listPlatformCases(
      serviceContext(handle.db, null),
      listPlatformCasesInput.parse({ limit: 100 }),
    );
    expect(queue.items.map((i) => i.status).sort()).toEqual(["judging", "judging", "reviewing"]);
    const merchantQueue = await listWarningQueue(
      serviceContext(handle.db, null, {
        tenant: { kind: "merchant", shopId: await shopId("优品家居天猫旗舰店") },
        now: NOW,
      }),
      warningQueueInput.parse({ limit: 100 }),
    );
    expect(merchantQueue.items.some((i) => i.type === "collaborative" && i.status === "open")).toBe(true);
  });

  it("INV-3: 张伟 can urge at least one of his invoices right away", async () => {
    const kit = await loadDemoKit(handle.db, NOW);
    const consumerId = kit?.demoBuyers.zhangwei.id ?? "";
    const mine = await handle.db
      .select({ id: invoiceRequests.id })
      .from(invoiceRequests)
      .where(eq(invoiceRequests.consumerId, consumerId));
    const details = await Promise.all(
      mine.map((r) =>
        getInvoice(serviceContext(handle.db, null, { tenant: { kind: "consumer", consumerId }, now: NOW }), {
          invoiceId: r.id,
        }),
      ),
    );
    expect(details.filter((d) => d.urge.canUrgeNow).length).toBeGreaterThanOrEqual(2);
  });

  it("AS-1..8, SVC-1..3, SHOP-1: service orders in every status, across the shops (FBP and 优品's services included)", async () => {
    const rows = await handle.db
      .select({ status: serviceOrders.status, shop: shops.name, businessMode: shops.businessMode })
      .from(serviceOrders)
      .innerJoin(shops, eq(shops.id, serviceOrders.shopId));
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of serviceOrderStatuses) expect(statuses, status).toContain(status);
    expect(new Set(rows.map((r) => r.shop)).size).toBe(4);
    expect(rows.some((r) => r.businessMode === "FBP" && r.status === "awaiting_receipt")).toBe(true);
    const flash = await handle.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(serviceOrders)
      .where(sql`${serviceOrders.flashRefundedAt} is not null`);
    expect(flash[0]?.n).toBe(2);
    // Nothing the seed made is past due at the demo clock (the sweep after it had nothing to do).
    const overdue = await handle.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(serviceOrders)
      .where(sql`${serviceOrders.dueAt} <= ${NOW.toISOString()}::timestamptz`);
    expect(overdue[0]?.n).toBe(0);
    // AS-8 and SHOP-1 at the platform: after-sales cases in the judgment queue, an FBP return to receive.
    const admin = serviceContext(handle.db, null, { tenant: { kind: "admin" }, now: NOW });
    const queue = await listAdjudicationQueue(admin, { type: "after_sales", limit: 50 });
    expect(queue.items.length).toBeGreaterThanOrEqual(2);
    const judge = await loadDemoKit(handle.db, NOW);
    const receipts = await listFbpReceipts(
      serviceContext(handle.db, judge?.staff.judge ?? null, { now: NOW }),
      listFbpReceiptsInput.parse({}),
    );
    expect(receipts.items.map((r) => r.shopName)).toEqual(["京选家电自营仓"]);
  });

  it("seeds nothing the second time", async () => {
    const before = await counts();
    expect(await seedDemoCases(handle.db, new Date(NOW.getTime() + 60_000))).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});
