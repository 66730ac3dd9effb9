import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { evidenceItems, orderItems, refunds, serviceOrderItems } from "@/db/schema";
import type { RefundCause } from "@/server/domain/refund";
import { goodsAmountFen } from "@/server/domain/service-order-results";
import { systemText, type SystemTextCode } from "@/server/domain/system-text";
import type { EvidenceSlot } from "@/server/domain/policies/types";
import { validateSlots } from "../intervention/intervention-work-order";
import { recordRefund } from "../ledger/record-refund";
import type { Acting } from "../acting";
import type { ServiceOrderRow } from "./service-order-access";

/** The goods amount of the service order's items (unit price × quantity), in fen. */
export async function goodsAmountOf(db: DbOrTx, serviceOrderId: string): Promise<number> {
  const rows = await db
    .select({ unitPriceFen: orderItems.unitPriceFen, quantity: serviceOrderItems.quantity })
    .from(serviceOrderItems)
    .innerJoin(orderItems, eq(orderItems.id, serviceOrderItems.orderItemId))
    .where(eq(serviceOrderItems.serviceOrderId, serviceOrderId));
  return goodsAmountFen(rows);
}

/** What is still refundable on the order: paid minus goods refunds already made (compensation aside). */
export async function refundableFenOf(db: DbOrTx, order: { id: string; amountFen: number }): Promise<number> {
  const [paid] = await db
    .select({ total: sql<number>`coalesce(sum(${refunds.amountFen}), 0)`.mapWith(Number) })
    .from(refunds)
    .where(sql`${refunds.orderId} = ${order.id} and ${refunds.kind} <> 'compensation'`);
  return Math.max(0, order.amountFen - (paid?.total ?? 0));
}

/** The refund of the goods before deductions: the goods amount, capped at what is still refundable. */
export async function refundBaseOf(
  db: DbOrTx,
  row: Pick<ServiceOrderRow, "id">,
  order: { id: string; amountFen: number },
): Promise<{ goodsFen: number; refundableFen: number; baseFen: number }> {
  const goodsFen = await goodsAmountOf(db, row.id);
  const refundableFen = await refundableFenOf(db, order);
  return { goodsFen, refundableFen, baseFen: Math.max(0, Math.min(goodsFen, refundableFen)) };
}

const refundText: Record<Extract<RefundCause, "after_sales" | "flash_refund" | "judgment">, SystemTextCode> = {
  after_sales: "afterSalesRefund",
  flash_refund: "afterSalesFlashRefund",
  judgment: "afterSalesRefund",
};

/**
 * AS-4/SVC-2: the service order's one refund through the ledger (source service_order, kind
 * order_refund: exactly once whoever makes it — the merchant, a consented deduction, the
 * flash refund, the sweeper's timeout or a platform decision). Returns what was paid now.
 */
export async function refundServiceOrder(
  tx: Tx,
  row: Pick<ServiceOrderRow, "id" | "shopId" | "orderId" | "serviceNo">,
  r: { amountFen: number; cause: keyof typeof refundText; now: Date; timeout?: boolean },
): Promise<{ created: boolean; amountFen: number }> {
  const code: SystemTextCode = r.timeout ? "afterSalesTimeoutRefund" : refundText[r.cause];
  return recordRefund(tx, {
    shopId: row.shopId,
    orderId: row.orderId,
    sourceType: "service_order",
    sourceId: row.id,
    kind: "order_refund",
    cause: r.cause,
    amountFen: r.amountFen,
    reason: systemText(code),
    now: r.now,
  });
}

/**
 * Photos of one slot (application, receipt, visit) checked against the policy's slot and the
 * uploader, then attached to the service order as submitted evidence items.
 */
export async function attachPhotos(
  tx: Tx,
  row: Pick<ServiceOrderRow, "id" | "shopId">,
  p: { slot: EvidenceSlot; fileIds: readonly string[]; by: Acting; uploaderShopId: string | null; now: Date },
): Promise<number> {
  const placements = await validateSlots(tx, {
    slots: [p.slot],
    evidence: { [p.slot.key]: [...p.fileIds] },
    uploader: { userId: p.by.userId, shopId: p.uploaderShopId },
  });
  if (placements.length === 0) return 0;
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${evidenceItems.position}) + 1, 0)`.mapWith(Number) })
    .from(evidenceItems)
    .where(
      and(
        eq(evidenceItems.recordType, "service_order"),
        eq(evidenceItems.recordId, row.id),
        eq(evidenceItems.slot, p.slot.key),
      ),
    );
  const offset = last?.n ?? 0;
  await tx.insert(evidenceItems).values(
    placements.map((pl) => ({
      shopId: row.shopId,
      recordType: "service_order" as const,
      recordId: row.id,
      slot: pl.slot,
      fileId: pl.fileId,
      position: offset + pl.position,
      submitted: true,
      addedBy: p.by.userId ?? "system",
      createdAt: p.now,
    })),
  );
  return placements.length;
}
