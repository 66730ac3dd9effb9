import { and, asc, eq, gt, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { consumers, orders, shops, workOrders } from "@/db/schema";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";

export const platformCaseStatuses = ["reviewing", "judging"] as const;

export const listPlatformCasesInput = z.object({
  status: z.enum(platformCaseStatuses).optional(),
  cursor: cursorInput,
  limit: limitInput,
});

/**
 * WO-TM-4/WO-TM-5, WO-PDD-1/2: the platform's queue of work orders waiting for it — second-level
 * review (二审) and platform judgment — oldest first (keyset on opened_at, id), across shops.
 */
export async function listPlatformCases(ctx: ServiceContext, input: z.output<typeof listPlatformCasesInput>) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  const rows = await db
    .select({
      id: workOrders.id,
      type: workOrders.type,
      status: workOrders.status,
      openedAt: workOrders.openedAt,
      repliedAt: workOrders.repliedAt,
      orderNo: orders.orderNo,
      amountFen: orders.amountFen,
      shopName: shops.name,
      timeZone: shops.timeZone,
      consumerName: consumers.name,
    })
    .from(workOrders)
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .innerJoin(shops, eq(shops.id, workOrders.shopId))
    .innerJoin(consumers, eq(consumers.id, workOrders.consumerId))
    .where(
      and(
        inArray(workOrders.status, input.status ? [input.status] : [...platformCaseStatuses]),
        cursor
          ? or(
              gt(workOrders.openedAt, cursor.at),
              and(eq(workOrders.openedAt, cursor.at), gt(workOrders.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(workOrders.openedAt), asc(workOrders.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit, (r) => ({ at: r.openedAt, id: r.id }));
}
