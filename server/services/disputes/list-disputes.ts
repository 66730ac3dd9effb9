import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { consumers, disputes, orders, shops } from "@/db/schema";
import { disputeScenarios, disputeStatuses } from "@/server/domain/dispute";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import { disputeTenantFilter } from "./dispute-access";
import type { ServiceContext } from "../service-context";

export const listDisputesInput = z.object({
  status: z.enum(disputeStatuses).optional(),
  scenario: z.enum(disputeScenarios).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListDisputesInput = z.infer<typeof listDisputesInput>;

const columns = {
  id: disputes.id,
  scenario: disputes.scenario,
  status: disputes.status,
  responsibleParty: disputes.responsibleParty,
  claim: disputes.claim,
  openedAt: disputes.openedAt,
  dueAt: disputes.dueAt,
  judgingSince: disputes.judgingSince,
  closedAt: disputes.closedAt,
  planKind: disputes.planKind,
  evidenceGivenUp: disputes.evidenceGivenUp,
  consumerResponse: disputes.consumerResponse,
  orderId: orders.id,
  orderNo: orders.orderNo,
  amountFen: orders.amountFen,
  shopName: shops.name,
  businessMode: shops.businessMode,
  timeZone: shops.timeZone,
  consumerName: consumers.name,
};

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(disputes)
    .innerJoin(orders, eq(orders.id, disputes.orderId))
    .innerJoin(shops, eq(shops.id, disputes.shopId))
    .innerJoin(consumers, eq(consumers.id, disputes.consumerId));
}

/**
 * Which disputes a list shows: a consumer their own; a merchant its shop's merchant-responsible
 * ones (SHOP-1); an admin the platform-responsible disputes (FBP invoices) the platform answers
 * as a party — the platform judges the others from the adjudication queue instead.
 * Newest first, keyset on (opened_at, id).
 */
export async function listDisputes(ctx: ServiceContext, input: ListDisputesInput) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  // The admin's list is the platform's own: the disputes it answers as a party (FBP invoices).
  const listed =
    ctx.tenant.kind === "admin" ? eq(disputes.responsibleParty, "platform") : disputeTenantFilter(ctx.tenant);
  const where: (SQL | undefined)[] = [listed];
  if (input.status) where.push(eq(disputes.status, input.status));
  if (input.scenario) where.push(eq(disputes.scenario, input.scenario));
  if (cursor)
    where.push(or(lt(disputes.openedAt, cursor.at), and(eq(disputes.openedAt, cursor.at), lt(disputes.id, cursor.id))));
  const rows = await base(db)
    .where(and(...where))
    .orderBy(desc(disputes.openedAt), desc(disputes.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit, (row) => ({ at: row.openedAt, id: row.id }));
}
