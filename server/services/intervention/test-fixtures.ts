/** Test data for platform-intervention work-order tests (imported by *.test.ts only). */
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { auditEvents, evidenceItems, files, refunds, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import type { FileKind } from "@/server/domain/files";
import type { MarketplaceStyle } from "@/server/domain/shop";
import type { OrderStatus } from "@/server/domain/order";
import { HOUR_MS } from "@/server/domain/time";
import { callerFor, createConsumer, createMerchant, createOrder, createShop, type ConsumerActor, type MerchantActor, type Order, type Shop } from "@/server/test/harness";
import type { InterventionType } from "./internal";

/**
 * "Now" for these tests: far from TEST_NOW and WO_NOW so that, on the shared PostgreSQL test
 * database, other files' sweeps never reach these work orders.
 */
export const IV_NOW = new Date("2037-06-01T04:00:00.000Z");
export const H = HOUR_MS;

export interface World {
  shop: Shop;
  merchant: MerchantActor;
  consumer: ConsumerActor;
  order: Order;
}

export async function world(db: DbOrTx, opts: { style?: MarketplaceStyle; status?: OrderStatus; worryFree?: boolean; amountFen?: number } = {}): Promise<World> {
  const shop = await createShop(db, { marketplaceStyle: opts.style ?? "pdd" });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const order = await createOrder(db, {
    shopId: shop.id,
    consumerId: consumer.consumer.id,
    status: opts.status ?? "signed",
    now: IV_NOW,
    worryFree: opts.worryFree ?? false,
    amountFen: opts.amountFen ?? 10_000,
  });
  return { shop, merchant, consumer, order };
}

/** Opens a work order through the consumer's procedure at `at` (default IV_NOW). */
export async function applied(db: Db, w: World, type: InterventionType, at: Date = IV_NOW): Promise<string> {
  const caller = callerFor(db, w.consumer, { now: fixedClock(at) });
  const result = await caller.intervention.consumer.applyIntervention({ orderId: w.order.id, type, claim: "消费者称订单有问题,申请平台介入" });
  return result.workOrderId;
}

/** An uploaded file (as if it passed the upload checks) owned by `userId`. */
export async function upload(db: DbOrTx, userId: string, kind: FileKind = "jpeg", shopId: string | null = null): Promise<string> {
  const [row] = await db
    .insert(files)
    .values({
      uploadedBy: userId,
      shopId,
      originalName: `evidence-${crypto.randomUUID().slice(0, 6)}.${kind}`,
      kind,
      contentType: kind === "pdf" ? "application/pdf" : `image/${kind}`,
      sizeBytes: 2048,
      sha256: crypto.randomUUID().replace(/-/g, ""),
      storageKey: `test/${crypto.randomUUID()}`,
      createdAt: IV_NOW,
    })
    .returning({ id: files.id });
  if (!row) throw new Error("upload: no row");
  return row.id;
}

export async function workOrderRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(workOrders).where(eq(workOrders.id, id));
  if (!row) throw new Error(`work order ${id} not found`);
  return row;
}

export const evidenceOf = (db: DbOrTx, id: string) => db.select().from(evidenceItems).where(and(eq(evidenceItems.recordType, "work_order"), eq(evidenceItems.recordId, id)));
export const refundsOf = (db: DbOrTx, id: string) => db.select().from(refunds).where(and(eq(refunds.sourceType, "work_order"), eq(refunds.sourceId, id)));
export const actionsOf = async (db: DbOrTx, id: string) => (await db.select().from(auditEvents).where(eq(auditEvents.recordId, id)).orderBy(auditEvents.seq)).map((e) => e.action);
