import { and, eq, notInArray } from "drizzle-orm";
import { disputes, orders } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError } from "@/server/domain/errors";
import { newDisputePolicy } from "@/server/services/policies/new-item-policy";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { invoiceDisputeAvailability, loadConsumerInvoice } from "./invoice-dispute-availability";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { actingOf } from "../acting";
import type { OpenInvoiceDisputeInput } from "./open-invoice-dispute-input";

const alreadyOpen = (disputeId: string) =>
  new DomainError(
    "CONFLICT",
    "DISPUTE_ALREADY_OPEN",
    {
      "zh-CN": "该订单已有一个处理中的同类纠纷单,请查看其进度",
      en: "This order already has a dispute of this kind in progress; follow that one",
    },
    { disputeId },
  );

/**
 * DSP-1 / DSP-INV-1 / DSP-INV-2: a consumer opens an invoice dispute on their own invoice
 * request. The responsible party is whoever invoices (SHOP-1: FBP → platform). The record
 * keeps the policy id+version it was opened under (ROL-1). A refused invoice waits for the
 * responsible party's answer (24h, DSP-4); an urged one goes straight to platform judgment,
 * judged from the urge work order's outcome (DSP-INV-2). One live dispute per order+scenario.
 */
export async function openInvoiceDispute(ctx: ServiceContext, input: OpenInvoiceDisputeInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const request = await loadConsumerInvoice(tx, consumerId, input.invoiceId);
    const availability = await invoiceDisputeAvailability(tx, request, input.scenario);
    if (availability.liveDisputeId) throw alreadyOpen(availability.liveDisputeId);
    if (!availability.available) throw availability.why;

    const [order] = await tx
      .select({ id: orders.id, shopId: orders.shopId })
      .from(orders)
      .where(eq(orders.id, request.orderId));
    if (!order) throw new DomainError("NOT_FOUND", "NOT_FOUND", { "zh-CN": "订单不存在", en: "Order not found" });

    const { policy, pins } = await newDisputePolicy(tx, input.scenario, order.shopId);
    const direct = policy.judgedDirectly;
    const [dispute] = await tx
      .insert(disputes)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId,
        scenario: input.scenario,
        status: direct ? "platform_judging" : "awaiting_merchant",
        responsibleParty: request.invoicingParty,
        invoiceRequestId: request.id,
        workOrderId: availability.workOrderId,
        ...pins,
        claim: input.claim,
        openedAt: now,
        dueAt: direct ? null : dueAfter(now, policy.answerWindowMs),
        judgingSince: direct ? now : null,
      })
      .onConflictDoNothing()
      .returning();
    if (!dispute) {
      // Lost a race with another tab: the partial unique index (one live per order+scenario).
      const [live] = await tx
        .select({ id: disputes.id })
        .from(disputes)
        .where(
          and(
            eq(disputes.orderId, order.id),
            eq(disputes.scenario, input.scenario),
            notInArray(disputes.status, ["settled", "judged"]),
          ),
        );
      throw alreadyOpen(live?.id ?? "");
    }

    await emitAudit(tx, {
      shopId: dispute.shopId,
      recordType: "dispute",
      recordId: dispute.id,
      by,
      action: "dispute.opened",
      to: dispute.status,
      payload: {
        scenario: dispute.scenario,
        note: dispute.claim,
        invoiceRequestId: request.id,
        workOrderId: dispute.workOrderId,
        policy: `${policy.id}@${policy.version}`,
      },
      at: now,
    });
    // NTF-1: the shop hears of a dispute it is responsible for at once (FBP ones are the platform's).
    if (dispute.responsibleParty === "merchant")
      await notify(tx, {
        to: { shopId: dispute.shopId },
        kind: "dispute.opened",
        params: { scenario: dispute.scenario },
        record: { type: "dispute", id: dispute.id },
        now,
      });
    return { id: dispute.id, status: dispute.status, dueAt: dispute.dueAt, responsibleParty: dispute.responsibleParty };
  });
}
