import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { orders, workOrders } from "@/db/schema";
import type { DisputeStatus } from "@/server/domain/dispute";
import { notFound } from "@/server/domain/errors";
import { judgmentImpact, type JudgmentImpact } from "@/server/domain/metrics";
import type { MarketplaceStyle } from "@/server/domain/shop";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import { loadDispute } from "../disputes/dispute-access";
import { isUuid } from "../ids";
import { getShopMetrics } from "./shop-dashboard";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const judgmentImpactInput = z.union([
  z.strictObject({ disputeId: z.string().max(64) }),
  z.strictObject({ workOrderId: z.string().max(64) }),
]);
export type JudgmentImpactInput = z.infer<typeof judgmentImpactInput>;

/** A dispute the platform may still judge against the merchant. */
const disputeStillOpen: readonly DisputeStatus[] = ["awaiting_merchant", "awaiting_consumer", "platform_judging"];
/** A work order that may still reach a platform decision (WO-TM-5, WO-PDD-*). */
const workOrderStillOpen: readonly WorkOrderStatus[] = ["open", "reviewing", "judging"];

const workOrderNotFound = () => notFound({ "zh-CN": "工单不存在", en: "Work order not found" });

/**
 * DSP-5 / WO-TM-5: on a case of the merchant's own shop not yet judged, what a judgment against
 * the merchant would do to the shop's dispute rate (or, for work orders outside Tmall-style shops,
 * its dispute refund rate) if it happened now. Null when no such judgment can come any more
 * (judged, settled, closed; urge-invoice work orders are never judged; worry-free orders follow
 * their own process, WO-TM-6). Another shop's ids → NOT_FOUND.
 */
export async function getJudgmentImpact(
  ctx: ServiceContext,
  input: JudgmentImpactInput,
): Promise<(JudgmentImpact & { marketplaceStyle: MarketplaceStyle }) | null> {
  const { db } = ctx;
  const tenant = tenantOfKind(ctx.tenant, "merchant");
  const { shopId } = tenant;
  let kind: "dispute" | "work_order";
  if ("disputeId" in input) {
    const dispute = await loadDispute(db, tenant, input.disputeId);
    if (!disputeStillOpen.includes(dispute.status)) return null;
    kind = "dispute";
  } else {
    if (!isUuid(input.workOrderId)) throw workOrderNotFound();
    const [row] = await db
      .select({ type: workOrders.type, status: workOrders.status, worryFree: orders.worryFree })
      .from(workOrders)
      .innerJoin(orders, eq(orders.id, workOrders.orderId))
      .where(
        and(eq(workOrders.id, input.workOrderId), eq(workOrders.shopId, shopId), eq(workOrders.routedTo, "merchant")),
      )
      .limit(1);
    if (!row) throw workOrderNotFound();
    if (row.type === "urge_invoice" || row.worryFree || !workOrderStillOpen.includes(row.status)) return null;
    kind = "work_order";
  }
  const metrics = await getShopMetrics(ctx, {});
  const style = metrics.shop.marketplaceStyle;
  // The style names the rate on screen: Tmall-style shops call it the platform dispute rate.
  return {
    ...judgmentImpact({ kind, style, dispute: metrics.disputeRate, refunds: metrics.disputeRefundRate }),
    marketplaceStyle: style,
  };
}
