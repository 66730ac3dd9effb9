import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { invoiceStatusEnum, invoiceTypeEnum, invoicingPartyEnum } from "./enums";
import { files } from "./files";
import { orderScoped } from "./columns";

/** INV-1/2: a consumer's invoice request on an order, and its outcome. */
export const invoiceRequests = pgTable(
  "invoice_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    status: invoiceStatusEnum("status").notNull(),
    /** SHOP-1: fixed at request time from the shop's business mode. */
    invoicingParty: invoicingPartyEnum("invoicing_party").notNull(),
    invoiceType: invoiceTypeEnum("invoice_type").notNull(),
    title: text("title").notNull(),
    taxId: text("tax_id"),
    /** INV-1: requested after the order completed (补开发票). */
    supplementary: boolean("supplementary").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    invoiceNo: text("invoice_no"),
    invoiceFileId: uuid("invoice_file_id").references(() => files.id),
    refusedAt: timestamp("refused_at", { withTimezone: true }),
    refuseReason: text("refuse_reason"),
    decidedBy: text("decided_by"),
  },
  (t) => [
    // One live request per order: a refused one may be followed by a new request.
    uniqueIndex("invoice_requests_live_per_order_uq")
      .on(t.orderId)
      .where(sql`${t.status} <> 'refused'`),
    index("invoice_requests_shop_requested_idx").on(t.shopId, t.requestedAt.desc(), t.id.desc()),
    index("invoice_requests_party_status_idx").on(t.invoicingParty, t.status, t.requestedAt),
    index("invoice_requests_consumer_idx").on(t.consumerId, t.requestedAt.desc()),
  ],
);
