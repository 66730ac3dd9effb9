import { and, desc, eq, isNotNull, like, lt, not, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { consumers, invoiceRequests, orders, shops } from "@/db/schema";
import { invoiceStatuses, type InvoiceStatus, type InvoiceType } from "@/server/domain/invoice";
import { canUrge, URGE_AFTER_MS } from "@/server/domain/invoice-rules";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";

export const listInvoicesInput = z.object({
  status: z.enum(invoiceStatuses).optional(),
  /**
   * 逾期: still requested and the consumer's urge entry (INV-3) would already show — more than
   * 10 days since the request, and the order completed or the request supplementary. We chose
   * the urge-entry condition over a bare "older than 10 days" so the list flags exactly the
   * requests a consumer can now urge (and that will become urge work orders). false = the rest.
   */
  overdue: z.boolean().optional(),
  supplementary: z.boolean().optional(),
  /** Order number or its beginning. */
  orderNo: z.string().trim().max(40).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListInvoicesInput = z.infer<typeof listInvoicesInput>;

export interface InvoiceListRow {
  id: string;
  orderId: string;
  orderNo: string;
  consumerName: string;
  shopId: string;
  shopName: string;
  title: string;
  invoiceType: InvoiceType;
  status: InvoiceStatus;
  requestedAt: Date;
  supplementary: boolean;
  /** An urge work order (open or promised) is waiting on this request. */
  urgeOpen: boolean;
  /** The urge entry already shows for the consumer (see `overdue` above). */
  overdue: boolean;
  timeZone: string;
}

/** The SQL twin of canUrge (INV-3): requested, completed or supplementary, older than 10 days. */
function overdueCondition(now: Date): SQL | undefined {
  return and(
    eq(invoiceRequests.status, "requested"),
    or(eq(invoiceRequests.supplementary, true), isNotNull(orders.completedAt)),
    lt(invoiceRequests.requestedAt, new Date(now.getTime() - URGE_AFTER_MS)),
  );
}

/** Keyset-paginated invoice requests within `scope`, newest request first (requested_at, id). */
export async function listInvoices(args: { db: DbOrTx; scope: SQL | undefined; input: ListInvoicesInput; now: Date }) {
  const { db, scope, input, now } = args;
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [scope];
  if (input.status) where.push(eq(invoiceRequests.status, input.status));
  if (input.supplementary !== undefined) where.push(eq(invoiceRequests.supplementary, input.supplementary));
  if (input.overdue !== undefined) {
    const overdue = overdueCondition(now);
    if (overdue) where.push(input.overdue ? overdue : not(overdue));
  }
  if (input.orderNo) where.push(like(orders.orderNo, `${escapeLike(input.orderNo)}%`));
  if (cursor) {
    where.push(
      or(
        lt(invoiceRequests.requestedAt, cursor.at),
        and(eq(invoiceRequests.requestedAt, cursor.at), lt(invoiceRequests.id, cursor.id)),
      ),
    );
  }
  const rows = await db
    .select({
      id: invoiceRequests.id,
      orderId: orders.id,
      orderNo: orders.orderNo,
      orderCompletedAt: orders.completedAt,
      consumerName: consumers.name,
      shopId: shops.id,
      shopName: shops.name,
      title: invoiceRequests.title,
      invoiceType: invoiceRequests.invoiceType,
      status: invoiceRequests.status,
      requestedAt: invoiceRequests.requestedAt,
      supplementary: invoiceRequests.supplementary,
      urgeOpen: sql<boolean>`exists (select 1 from work_orders wo where wo.invoice_request_id = ${invoiceRequests.id} and wo.type = 'urge_invoice' and wo.status in ('open', 'promised'))`,
      timeZone: shops.timeZone,
    })
    .from(invoiceRequests)
    .innerJoin(orders, eq(orders.id, invoiceRequests.orderId))
    .innerJoin(consumers, eq(consumers.id, invoiceRequests.consumerId))
    .innerJoin(shops, eq(shops.id, invoiceRequests.shopId))
    .where(and(...where))
    .orderBy(desc(invoiceRequests.requestedAt), desc(invoiceRequests.id))
    .limit(input.limit + 1);
  const items = rows.map(({ orderCompletedAt, ...row }): InvoiceListRow => ({
    ...row,
    urgeOpen: Boolean(row.urgeOpen),
    overdue: canUrge(
      { status: row.status, supplementary: row.supplementary, requestedAt: row.requestedAt, orderCompletedAt },
      now,
    ),
  }));
  return pageOf(items, input.limit, (row) => ({ at: row.requestedAt, id: row.id }));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
