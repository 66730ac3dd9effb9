import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, refunds } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { RefundCause, RefundKind, RefundSourceType } from "@/server/domain/refund";
import type { SystemText } from "@/server/domain/system-text";

/**
 * Pays money back exactly once per (source record, kind): a retry or a concurrent worker hits
 * the unique index and gets `created: false`. Locks the order row so concurrent refunds of one
 * order are serialised, and never lets the refunds of an order exceed what was paid.
 * `cause` says what made the refund; `reason` is a person's words (a judge's reasons) or a
 * system text (a code plus parameters, shown in the viewer's language).
 */
export async function recordRefund(
  tx: Tx,
  r: {
    shopId: string;
    orderId: string;
    sourceType: RefundSourceType;
    sourceId: string;
    kind: RefundKind;
    cause: RefundCause;
    amountFen: number;
    reason: string | SystemText;
    now: Date;
  },
): Promise<{ created: boolean; amountFen: number }> {
  const [order] = await tx
    .select({ amountFen: orders.amountFen })
    .from(orders)
    .where(eq(orders.id, r.orderId))
    .for("update");
  if (!order) throw new DomainError("NOT_FOUND", "NOT_FOUND", { "zh-CN": "订单不存在", en: "Order not found" });
  // Compensation is paid on top of the order amount; refunds of the goods never exceed it.
  let amount = r.amountFen;
  if (r.kind !== "compensation") {
    const [paid] = await tx
      .select({ total: sql<number>`coalesce(sum(${refunds.amountFen}), 0)`.mapWith(Number) })
      .from(refunds)
      .where(sql`${refunds.orderId} = ${r.orderId} and ${refunds.kind} <> 'compensation'`);
    amount = Math.min(amount, order.amountFen - (paid?.total ?? 0));
  }
  if (amount <= 0) return { created: false, amountFen: 0 };
  const inserted = await tx
    .insert(refunds)
    .values({
      shopId: r.shopId,
      orderId: r.orderId,
      sourceType: r.sourceType,
      sourceId: r.sourceId,
      kind: r.kind,
      cause: r.cause,
      amountFen: amount,
      reason: typeof r.reason === "string" ? r.reason : null,
      reasonMessage: typeof r.reason === "string" ? null : r.reason,
      createdAt: r.now,
    })
    .onConflictDoNothing({ target: [refunds.sourceType, refunds.sourceId, refunds.kind] })
    .returning({ id: refunds.id });
  return { created: inserted.length > 0, amountFen: inserted.length > 0 ? amount : 0 };
}
