import { eq } from "drizzle-orm";
import { z } from "zod";
import { orders, shops } from "@/db/schema";
import { currentDisputePolicy } from "@/server/domain/policies/registry";
import { invoiceDisputeAvailability, loadConsumerInvoice } from "./invoice-dispute-availability";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { invoiceDisputeScenarios } from "./open-invoice-dispute-input";

export const invoiceDisputeOptionsInput = z.object({
  invoiceId: z.string().max(64),
  scenario: z.enum(invoiceDisputeScenarios),
});

/**
 * What the "open a dispute" page shows before the consumer writes a claim: the invoice, whether
 * this scenario can be opened now (and why not), a live dispute to follow instead, and the
 * rules that will apply (who answers, how long they have, DSP-INV-2 direct judgment).
 */
export async function getInvoiceDisputeOptions(ctx: ServiceContext, input: z.infer<typeof invoiceDisputeOptionsInput>) {
  const { db } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const request = await loadConsumerInvoice(db, consumerId, input.invoiceId);
  const availability = await invoiceDisputeAvailability(db, request, input.scenario);
  const [order] = await db
    .select({ orderNo: orders.orderNo, amountFen: orders.amountFen, shopName: shops.name, timeZone: shops.timeZone })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(eq(orders.id, request.orderId));
  const policy = currentDisputePolicy(input.scenario, request.shopId);
  return {
    invoice: {
      id: request.id,
      status: request.status,
      title: request.title,
      invoiceType: request.invoiceType,
      invoicingParty: request.invoicingParty,
      requestedAt: request.requestedAt,
      refuseReason: request.refuseReason,
      refusedAt: request.refusedAt,
    },
    order: order ?? null,
    scenario: input.scenario,
    available: availability.available && !availability.liveDisputeId,
    unavailableReason: availability.why?.text ?? null,
    liveDisputeId: availability.liveDisputeId,
    workOrderId: availability.workOrderId,
    policy: {
      name: policy.name,
      answerWindowMs: policy.answerWindowMs,
      confirmWindowMs: policy.confirmWindowMs,
      judgedDirectly: policy.judgedDirectly,
    },
  };
}
