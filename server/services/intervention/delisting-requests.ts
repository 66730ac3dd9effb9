import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { delistingRequests, orders, shops, workOrders } from "@/db/schema";
import { notFound, staleState } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";

export const listDelistingRequestsInput = z.object({ status: z.enum(["open", "done"]).default("open") });
export const completeDelistingInput = z.object({ delistingRequestId: z.string().max(64) });

/** WO-PDD-2: the delisting requests the system raised for admins, open ones oldest first. */
export async function listDelistingRequests(ctx: ServiceContext, input: z.output<typeof listDelistingRequestsInput>) {
  const { db } = ctx;
  return db
    .select({
      id: delistingRequests.id,
      status: delistingRequests.status,
      reason: delistingRequests.reason,
      reasonMessage: delistingRequests.reasonMessage,
      createdAt: delistingRequests.createdAt,
      handledAt: delistingRequests.handledAt,
      workOrderId: delistingRequests.workOrderId,
      shopName: shops.name,
      timeZone: shops.timeZone,
      orderNo: orders.orderNo,
    })
    .from(delistingRequests)
    .innerJoin(shops, eq(shops.id, delistingRequests.shopId))
    .innerJoin(workOrders, eq(workOrders.id, delistingRequests.workOrderId))
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .where(eq(delistingRequests.status, input.status))
    .orderBy(
      input.status === "open" ? asc(delistingRequests.createdAt) : desc(delistingRequests.handledAt),
      asc(delistingRequests.id),
    )
    .limit(200);
}

/** An admin records that the shop's affected products were delisted. Compare-and-set on `open`. */
export async function completeDelisting(ctx: ServiceContext, input: z.output<typeof completeDelistingInput>) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  if (!isUuid(input.delistingRequestId)) throw notFound();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(delistingRequests).where(eq(delistingRequests.id, input.delistingRequestId));
    if (!row) throw notFound();
    const [done] = await tx
      .update(delistingRequests)
      .set({ status: "done", handledBy: by.userId, handledAt: now })
      .where(and(eq(delistingRequests.id, row.id), eq(delistingRequests.status, "open")))
      .returning();
    if (!done) throw staleState();
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.workOrderId,
      by,
      action: "work_order.delisted",
      from: "open",
      to: "done",
      at: now,
    });
    return done;
  });
}
