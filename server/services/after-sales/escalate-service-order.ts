import { desc, eq } from "drizzle-orm";
import { serviceOrderProposals } from "@/db/schema";
import { escalationProblem } from "@/server/domain/service-order-consent";
import { actingOf } from "../acting";
import { notifyServiceOrderEscalated } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { EscalateServiceOrderInput } from "./escalate-service-order-input";
import { onServiceOrder } from "./locked";
import { escalationRefused } from "./service-order-errors";
import { moveServiceOrder } from "./service-order-writes";

/**
 * AS-8: after the consumer refused a proposal (review, processing or repair stage) or said the
 * on-site work was not done, either party may ask the platform: platform_review, platform_since
 * set, the platform's own deadline runs; the merchant's running deadline is void meanwhile.
 */
export async function escalateServiceOrder(ctx: ServiceContext, input: EscalateServiceOrderInput) {
  const { now } = ctx;
  if (ctx.tenant.kind === "admin") tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return onServiceOrder(ctx, null, input.serviceOrderId, async (tx, row) => {
    const [last] = await tx
      .select({ stage: serviceOrderProposals.stage, status: serviceOrderProposals.status })
      .from(serviceOrderProposals)
      .where(eq(serviceOrderProposals.serviceOrderId, row.id))
      .orderBy(desc(serviceOrderProposals.proposedAt), desc(serviceOrderProposals.id))
      .limit(1);
    const problem = escalationProblem({
      status: row.status,
      lastProposal: last ?? null,
      completionDisputed: row.completionDisputedAt !== null,
    });
    if (problem) throw escalationRefused(problem);
    const moved = await moveServiceOrder(tx, row, {
      event: "escalate",
      by,
      action: "escalated",
      now,
      settleAs: "void",
      changes: { platformSince: now },
      payload: { reason: input.reason },
    });
    await notifyServiceOrderEscalated(tx, moved.row, by.role === "consumer" ? "consumer" : "merchant", now);
    return { id: row.id, status: moved.row.status, platformSince: now, dueAt: moved.row.dueAt };
  });
}
