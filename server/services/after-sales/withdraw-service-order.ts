import { and, eq } from "drizzle-orm";
import { serviceOrderProposals } from "@/db/schema";
import { closeAllowed } from "@/server/domain/service-order-consent";
import { actingOf } from "../acting";
import { notifyServiceOrderWithdrawn } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import { closeNotAllowed, serviceOrderStale } from "./service-order-errors";
import type { WithdrawServiceOrderInput } from "./withdraw-service-order-input";
import { moveServiceOrder } from "./service-order-writes";

/**
 * The consumer withdraws their service order: closed (withdrawn) while the goods are not with
 * the merchant. The running deadline is void in the ledger (it counts for nobody, MET-1); a
 * pending proposal ends as withdrawn.
 */
export async function withdrawServiceOrder(ctx: ServiceContext, input: WithdrawServiceOrderInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "consumer", input.serviceOrderId, async (tx, row) => {
    if (!closeAllowed(row.status, "withdrawn", { goodsWithMerchant: row.receivedAt !== null })) {
      if (row.receivedAt !== null) throw closeNotAllowed();
      throw serviceOrderStale(row.status, "withdraw");
    }
    await tx
      .update(serviceOrderProposals)
      .set({ status: "withdrawn", decidedAt: now, decidedBy: by.userId ?? "consumer" })
      .where(and(eq(serviceOrderProposals.serviceOrderId, row.id), eq(serviceOrderProposals.status, "pending")));
    const { row: closed } = await moveServiceOrder(tx, row, {
      event: "close",
      by,
      action: "withdrawn",
      now,
      settleAs: "void",
      changes: { closeReason: "withdrawn", closedAt: now },
    });
    await notifyServiceOrderWithdrawn(tx, closed, now);
    return { id: closed.id, status: closed.status };
  });
}
