import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { invoiceRequests, orders, workOrders } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError, notFound } from "@/server/domain/errors";
import { canUrge, urgeAvailableAt } from "@/server/domain/invoice-rules";
import { newWorkOrderPolicy } from "@/server/services/policies/new-item-policy";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { notify } from "../notifications/notify";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { consumerActingOf } from "../acting";

export const urgeInvoiceInput = z.object({ invoiceRequestId: z.string().max(64) });
export type UrgeInvoiceInput = z.infer<typeof urgeInvoiceInput>;

const requestNotFound = () => notFound({ "zh-CN": "发票申请不存在", en: "Invoice request not found" });

function notUrgeable(status: string, availableAt: Date | null): DomainError {
  if (status !== "requested") {
    return new DomainError("BAD_REQUEST", "URGE_NOT_AVAILABLE", {
      "zh-CN": "该发票申请已处理,无需催开票",
      en: "This invoice request has already been handled; there is nothing to urge",
    });
  }
  return new DomainError(
    "BAD_REQUEST",
    "URGE_NOT_AVAILABLE",
    {
      "zh-CN": "暂不可催开票:订单完成且申请开票超过 10 天(或补开发票申请超过 10 天)后才可催开票",
      en: "You can urge invoicing only once more than 10 days have passed since the request (and the order is completed, unless it is a supplementary request)",
    },
    { availableAt: availableAt?.toISOString() ?? null },
  );
}

/**
 * INV-4: the consumer presses 催开票 on their own invoice request. Opens one urge-invoice work
 * order routed to the invoicing party (SHOP-1), under the current policy (ROL-1), due in the
 * policy's reply window (INV-5, 24h). At most one is open per request: the partial unique
 * index decides, so double clicks and concurrent presses all get the same work order back.
 */
export async function urgeInvoice(
  ctx: ServiceContext,
  input: UrgeInvoiceInput,
): Promise<{ workOrderId: string; created: boolean }> {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = await consumerActingOf(ctx, db);
  if (!isUuid(input.invoiceRequestId)) throw requestNotFound();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ request: invoiceRequests, orderCompletedAt: orders.completedAt })
      .from(invoiceRequests)
      .innerJoin(orders, eq(orders.id, invoiceRequests.orderId))
      .where(and(eq(invoiceRequests.id, input.invoiceRequestId), eq(invoiceRequests.consumerId, consumerId)))
      .limit(1);
    if (!found) throw requestNotFound();
    const { request, orderCompletedAt } = found;

    const facts = {
      status: request.status,
      supplementary: request.supplementary,
      requestedAt: request.requestedAt,
      orderCompletedAt,
    };
    if (!canUrge(facts, now)) throw notUrgeable(request.status, urgeAvailableAt(facts));

    const { policy, pins } = await newWorkOrderPolicy(tx, "urge_invoice", request.shopId);
    const [opened] = await tx
      .insert(workOrders)
      .values({
        shopId: request.shopId,
        orderId: request.orderId,
        consumerId: request.consumerId,
        type: "urge_invoice",
        status: "open",
        routedTo: request.invoicingParty,
        invoiceRequestId: request.id,
        ...pins,
        claim: "消费者催促开具发票:申请开票已超过 10 天仍未收到发票",
        openedAt: now,
        dueAt: dueAfter(now, policy.replyWindowMs),
      })
      .onConflictDoNothing()
      .returning({ id: workOrders.id, dueAt: workOrders.dueAt });

    if (!opened) {
      // Pressed again (or concurrently): the one already open answers for this request.
      const [existing] = await tx
        .select({ id: workOrders.id })
        .from(workOrders)
        .where(
          and(
            eq(workOrders.invoiceRequestId, request.id),
            eq(workOrders.type, "urge_invoice"),
            inArray(workOrders.status, ["open", "promised"]),
          ),
        )
        .limit(1);
      if (!existing) throw new Error("urgeInvoice: insert conflicted but no open work order was found");
      return { workOrderId: existing.id, created: false };
    }

    await emitAudit(tx, {
      shopId: request.shopId,
      recordType: "work_order",
      recordId: opened.id,
      by,
      action: "work_order.opened",
      to: "open",
      payload: {
        type: "urge_invoice",
        invoiceRequestId: request.id,
        routedTo: request.invoicingParty,
        dueAt: opened.dueAt?.toISOString(),
      },
      at: now,
    });
    // NTF-1: the shop hears of it at once when it is the shop that must answer (SHOP-1).
    if (request.invoicingParty === "merchant")
      await notify(tx, {
        to: { shopId: request.shopId },
        kind: "work_order.opened",
        params: { type: "urge_invoice" },
        record: { type: "work_order", id: opened.id },
        now,
      });
    return { workOrderId: opened.id, created: true };
  });
}
