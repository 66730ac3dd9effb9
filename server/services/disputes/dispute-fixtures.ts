/**
 * Test data for dispute tests (imported by *.test.ts only): invoice requests, urge work orders
 * and uploaded files are inserted directly, the way their own verbs would leave them.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { auditEvents, disputes, files, invoiceRequests, workOrders, type WorkOrderReply } from "@/db/schema";
import type { FileKind } from "@/server/domain/files";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { runSweep, type DeadlineTask } from "@/server/jobs/sweep";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  TEST_NOW,
  uniqueToken,
  type Caller,
} from "@/server/test/harness";
import { fixedClock } from "@/server/clock";
import { disputeDeadlineTasks } from "./sweep-tasks";

export async function disputeWorld(db: Db, opts: { businessMode?: "SOP" | "FBP"; amountFen?: number } = {}) {
  const shop = await createShop(db, { businessMode: opts.businessMode ?? "SOP" });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const admin = await createAdmin(db);
  const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status: "completed", amountFen: opts.amountFen ?? 9_900 });
  const clock = fixedClock(TEST_NOW);
  return {
    shop,
    order,
    merchant,
    consumer,
    admin,
    clock,
    asConsumer: callerFor(db, consumer, { now: clock }),
    asMerchant: callerFor(db, merchant, { now: clock }),
    asAdmin: callerFor(db, admin, { now: clock }),
  };
}
export type DisputeWorld = Awaited<ReturnType<typeof disputeWorld>>;

export async function createInvoiceRequest(
  db: DbOrTx,
  w: Pick<DisputeWorld, "shop" | "order" | "consumer">,
  opts: { status?: "requested" | "refused" | "issued"; requestedAt?: Date } = {},
) {
  const status = opts.status ?? "refused";
  const requestedAt = opts.requestedAt ?? new Date(TEST_NOW.getTime() - 12 * DAY_MS);
  const [row] = await db
    .insert(invoiceRequests)
    .values({
      shopId: w.shop.id,
      orderId: w.order.id,
      consumerId: w.consumer.consumer.id,
      status,
      invoicingParty: w.shop.businessMode === "FBP" ? "platform" : "merchant",
      invoiceType: "electronic_normal",
      title: "上海某某科技有限公司",
      taxId: "91310000MA1FL0000X",
      supplementary: false,
      requestedAt,
      refusedAt: status === "refused" ? new Date(requestedAt.getTime() + DAY_MS) : null,
      refuseReason: status === "refused" ? "抬头信息不全" : null,
    })
    .returning();
  if (!row) throw new Error("createInvoiceRequest: no row");
  return row;
}

export async function createUrgeWorkOrder(
  db: DbOrTx,
  request: typeof invoiceRequests.$inferSelect,
  opts: { status: WorkOrderStatus; openedAt?: Date; reply?: WorkOrderReply; replyOnTime?: boolean },
) {
  const openedAt = opts.openedAt ?? new Date(TEST_NOW.getTime() - 2 * DAY_MS);
  const dueAt = new Date(openedAt.getTime() + 24 * HOUR_MS);
  const [row] = await db
    .insert(workOrders)
    .values({
      shopId: request.shopId,
      orderId: request.orderId,
      consumerId: request.consumerId,
      type: "urge_invoice",
      status: opts.status,
      routedTo: request.invoicingParty,
      invoiceRequestId: request.id,
      policyId: "jd.urge_invoice",
      policyVersion: 1,
      claim: "请尽快开票",
      openedAt,
      dueAt,
      repliedAt: opts.reply ? new Date(openedAt.getTime() + HOUR_MS) : null,
      replyOnTime: opts.replyOnTime ?? (opts.reply ? true : null),
      reply: opts.reply ?? null,
      closedAt: opts.status === "open" || opts.status === "promised" ? null : dueAt,
    })
    .returning();
  if (!row) throw new Error("createUrgeWorkOrder: no row");
  return row;
}

/** A stored upload, as the upload route would leave it. */
export async function uploadFile(db: DbOrTx, userId: string, kind: FileKind = "png", shopId: string | null = null) {
  const [row] = await db
    .insert(files)
    .values({
      uploadedBy: userId,
      shopId,
      originalName: `证据-${uniqueToken(4)}.${kind === "jpeg" ? "jpg" : kind}`,
      kind,
      contentType: kind === "pdf" ? "application/pdf" : kind === "ofd" ? "application/ofd" : `image/${kind}`,
      sizeBytes: 1234,
      sha256: uniqueToken(32),
      storageKey: `test/${crypto.randomUUID()}`,
      createdAt: TEST_NOW,
    })
    .returning();
  if (!row) throw new Error("uploadFile: no row");
  return row;
}

/** Opens an invoice-refused dispute through the consumer's caller. */
export async function openRefused(db: Db, w: DisputeWorld) {
  const request = await createInvoiceRequest(db, w, { status: "refused" });
  const opened = await w.asConsumer.dispute.consumer.open({ invoiceId: request.id, scenario: "invoice_refused", claim: "商家无理由拒绝开票,请处理" });
  return { request, disputeId: opened.id };
}

/**
 * The real sweep (claim with FOR UPDATE SKIP LOCKED + apply), limited to these disputes so
 * test files sharing one PostgreSQL database never sweep each other's data.
 */
export function sweepDisputes(db: Db, now: Date, ids: string[]) {
  const mine = new Set(ids);
  const tasks: DeadlineTask[] = disputeDeadlineTasks.map((t) => ({
    ...t,
    claim: async (tx, at, limit) => (await t.claim(tx, at, 10_000)).filter((id) => mine.has(id)).slice(0, limit),
  }));
  return runSweep({ db, now, tasks });
}

export async function disputeRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(disputes).where(eq(disputes.id, id));
  if (!row) throw new Error(`dispute ${id} missing`);
  return row;
}

export async function auditActions(db: DbOrTx, recordId: string, actions?: string[]) {
  const rows = await db
    .select({ action: auditEvents.action, actorRole: auditEvents.actorRole, internal: auditEvents.internal })
    .from(auditEvents)
    .where(and(eq(auditEvents.recordId, recordId), actions ? inArray(auditEvents.action, actions) : undefined));
  return rows;
}

export type { Caller };
