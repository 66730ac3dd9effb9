/**
 * Test data for work-order tests (imported by *.test.ts only). Invoice requests and files are
 * inserted directly so these tests do not depend on the invoice verbs' HTTP/upload paths.
 */
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { DbOrTx } from "@/db/client";
import { files, invoiceRequests, workOrders } from "@/db/schema";
import type { BusinessMode } from "@/server/domain/shop";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { createConsumer, createMerchant, createOrder, createShop, type ConsumerActor, type MerchantActor, type Order, type Shop } from "@/server/test/factories";

/**
 * The instant these tests treat as "now". Far from TEST_NOW on purpose: under `npm run test:pg`
 * all test files share one database, and another file's deadline sweep at TEST_NOW + a few
 * days must not expire the work orders these tests expect to stay open.
 */
export const WO_NOW = new Date("2036-03-15T04:00:00.000Z");
export const H = HOUR_MS;
export const D = DAY_MS;

export type InvoiceRequestRow = typeof invoiceRequests.$inferSelect;
export type WorkOrderRow = typeof workOrders.$inferSelect;

export interface UrgeWorld {
  shop: Shop;
  merchant: MerchantActor;
  consumer: ConsumerActor;
  order: Order;
  request: InvoiceRequestRow;
}

/** A shop, its merchant, a consumer with a completed order and an invoice request `requestedAgoMs` old (default 11 days: urgeable). */
export async function urgeWorld(db: DbOrTx, opts: { businessMode?: BusinessMode; now?: Date; requestedAgoMs?: number } = {}): Promise<UrgeWorld> {
  const now = opts.now ?? WO_NOW;
  const shop = await createShop(db, { businessMode: opts.businessMode ?? "SOP" });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status: "completed", now, paidAt: new Date(now.getTime() - 30 * D) });
  const request = await createInvoiceRequest(db, {
    shopId: shop.id,
    orderId: order.id,
    consumerId: consumer.consumer.id,
    invoicingParty: shop.businessMode === "FBP" ? "platform" : "merchant",
    requestedAt: new Date(now.getTime() - (opts.requestedAgoMs ?? 11 * D)),
  });
  return { shop, merchant, consumer, order, request };
}

export async function createInvoiceRequest(
  db: DbOrTx,
  v: { shopId: string; orderId: string; consumerId: string; invoicingParty: "merchant" | "platform"; requestedAt: Date; supplementary?: boolean },
): Promise<InvoiceRequestRow> {
  const [row] = await db
    .insert(invoiceRequests)
    .values({ ...v, status: "requested", invoiceType: "electronic_normal", title: "测试科技有限公司", supplementary: v.supplementary ?? false })
    .returning();
  if (!row) throw new Error("createInvoiceRequest: no row");
  return row;
}

/** An uploaded invoice file (as if it passed the upload checks), owned by `userId`. */
export async function createInvoiceFile(db: DbOrTx, userId: string, kind: "pdf" | "ofd" | "png" = "pdf"): Promise<string> {
  const [row] = await db
    .insert(files)
    .values({
      uploadedBy: userId,
      originalName: `invoice.${kind}`,
      kind,
      contentType: kind === "png" ? "image/png" : "application/pdf",
      sizeBytes: 1024,
      sha256: crypto.randomUUID().replace(/-/g, ""),
      storageKey: `test/${crypto.randomUUID()}`,
      createdAt: WO_NOW,
    })
    .returning({ id: files.id });
  if (!row) throw new Error("createInvoiceFile: no row");
  return row.id;
}

/** A work order inserted as stored data (e.g. opened under an older policy version). */
export async function insertUrgeWorkOrder(
  db: DbOrTx,
  world: Pick<UrgeWorld, "shop" | "order" | "consumer" | "request">,
  v: Partial<typeof workOrders.$inferInsert> = {},
): Promise<WorkOrderRow> {
  const openedAt = v.openedAt ?? WO_NOW;
  const [row] = await db
    .insert(workOrders)
    .values({
      shopId: world.shop.id,
      orderId: world.order.id,
      consumerId: world.consumer.consumer.id,
      type: "urge_invoice",
      status: "open",
      routedTo: world.request.invoicingParty,
      invoiceRequestId: world.request.id,
      policyId: "jd.urge_invoice",
      policyVersion: 1,
      openedAt,
      dueAt: new Date(openedAt.getTime() + 24 * H),
      ...v,
    })
    .returning();
  if (!row) throw new Error("insertUrgeWorkOrder: no row");
  return row;
}

/** Awaits a call that must fail with a tRPC error of `code`, and returns the error. */
export async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe(code);
  return trpcError;
}

/** Another completed order of the same consumer in the same shop, with an urgeable invoice request. */
export async function anotherRequest(db: DbOrTx, world: UrgeWorld, orderNo?: string): Promise<Pick<UrgeWorld, "shop" | "consumer" | "order" | "request">> {
  const order = await createOrder(db, { shopId: world.shop.id, consumerId: world.consumer.consumer.id, status: "completed", now: WO_NOW, paidAt: new Date(WO_NOW.getTime() - 30 * D), orderNo });
  const request = await createInvoiceRequest(db, {
    shopId: world.shop.id,
    orderId: order.id,
    consumerId: world.consumer.consumer.id,
    invoicingParty: world.request.invoicingParty,
    requestedAt: new Date(WO_NOW.getTime() - 11 * D),
  });
  return { shop: world.shop, consumer: world.consumer, order, request };
}
