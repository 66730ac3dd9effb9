import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { consumers, evidenceItems, files, invoiceRequests, orders, shops, violations, workOrders } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { getTimeline } from "../audit/timeline";
import { emptyDraft, loadEvidenceDraft } from "../intervention/evidence-draft";
import { isUuid } from "../ids";
import { workOrderNotFound, workOrderTenantFilter } from "./scope";
import type { ServiceContext } from "../service-context";

export const getWorkOrderInput = z.object({ workOrderId: z.string().max(64) });

/**
 * One work order as its audience may see it (SHOP-3): the consumer who urged it, the merchant
 * it is routed to, or any admin. Carries the rules it runs under — the policy version it was
 * opened with (ROL-1) — so the reply form offers exactly that version's resolutions, plus the
 * invoice request, the order and the timeline (SHOP-4).
 */
export async function getWorkOrder(ctx: ServiceContext, input: z.infer<typeof getWorkOrderInput>) {
  const { db, now, tenant: viewer } = ctx;
  if (!isUuid(input.workOrderId)) throw workOrderNotFound();
  const [found] = await db
    .select({
      wo: workOrders,
      order: {
        id: orders.id,
        orderNo: orders.orderNo,
        status: orders.status,
        amountFen: orders.amountFen,
        paidAt: orders.paidAt,
        completedAt: orders.completedAt,
      },
      consumer: { name: consumers.name },
      shop: { id: shops.id, name: shops.name, businessMode: shops.businessMode, timeZone: shops.timeZone },
    })
    .from(workOrders)
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .innerJoin(consumers, eq(consumers.id, workOrders.consumerId))
    .innerJoin(shops, eq(shops.id, workOrders.shopId))
    .where(and(eq(workOrders.id, input.workOrderId), workOrderTenantFilter(viewer)))
    .limit(1);
  if (!found) throw workOrderNotFound();
  const { wo, order, consumer, shop } = found;

  const [invoiceRequest] = wo.invoiceRequestId
    ? await db
        .select({
          id: invoiceRequests.id,
          title: invoiceRequests.title,
          taxId: invoiceRequests.taxId,
          invoiceType: invoiceRequests.invoiceType,
          status: invoiceRequests.status,
          supplementary: invoiceRequests.supplementary,
          requestedAt: invoiceRequests.requestedAt,
          issuedAt: invoiceRequests.issuedAt,
          invoiceNo: invoiceRequests.invoiceNo,
          invoiceFileId: invoiceRequests.invoiceFileId,
        })
        .from(invoiceRequests)
        .where(eq(invoiceRequests.id, wo.invoiceRequestId))
    : [];

  const policy = workOrderPolicy(wo.policyId, wo.policyVersion);
  // Violations this work order raised (INV-6) are between the platform and the shop: the
  // consumer does not see them; the merchant and admins see them in the timeline.
  const raised =
    viewer.kind === "consumer"
      ? []
      : await db
          .select({
            id: violations.id,
            rule: violations.rule,
            points: violations.points,
            status: violations.status,
            dueAt: violations.dueAt,
          })
          .from(violations)
          .where(and(eq(violations.sourceType, "work_order"), eq(violations.sourceId, wo.id)));
  // WO-3: the submitted evidence by slot, for the merchant who submitted it and the platform
  // that judges it; the consumer sees the outcome, not the merchant's files.
  const evidence =
    viewer.kind === "consumer" || wo.type === "urge_invoice"
      ? []
      : await db
          .select({
            id: evidenceItems.id,
            slot: evidenceItems.slot,
            fileId: evidenceItems.fileId,
            name: files.originalName,
            kind: files.kind,
            invalidReason: evidenceItems.invalidReason,
          })
          .from(evidenceItems)
          .innerJoin(files, eq(files.id, evidenceItems.fileId))
          .where(
            and(
              eq(evidenceItems.recordType, "work_order"),
              eq(evidenceItems.recordId, wo.id),
              eq(evidenceItems.submitted, true),
            ),
          )
          .orderBy(asc(evidenceItems.slot), asc(evidenceItems.position), asc(evidenceItems.createdAt));
  // WO-3: the merchant's unsubmitted draft (for the form after a reload); never the consumer's to see.
  const draft =
    viewer.kind === "consumer" || !policy.paths ? emptyDraft() : await loadEvidenceDraft(db, wo.id, policy.paths);
  const timeline = await getTimeline({
    db,
    records: [{ type: "work_order", id: wo.id }, ...raised.map((v) => ({ type: "violation" as const, id: v.id }))],
    viewer: viewer.kind === "admin" ? "admin" : "party",
  });

  return {
    id: wo.id,
    type: wo.type,
    status: wo.status,
    routedTo: wo.routedTo,
    claim: wo.claim,
    openedAt: wo.openedAt,
    dueAt: wo.dueAt,
    repliedAt: wo.repliedAt,
    replyOnTime: wo.replyOnTime,
    reply: wo.reply,
    closedAt: wo.closedAt,
    violations: raised,
    policy: {
      id: policy.id,
      version: policy.version,
      name: policy.name,
      replyWindowMs: policy.replyWindowMs,
      resolutions: policy.resolutions.map(({ key, label, requires, outcome }) => ({ key, label, requires, outcome })),
      timeoutConsequence: policy.timeoutConsequence,
      // Platform-intervention parts (WO-PDD-1/2/3, WO-TM-2..4); absent for urge-invoice.
      paths: policy.paths ?? null,
      collaborative: policy.collaborative ?? null,
      reviewChecklist: policy.reviewChecklist ?? null,
    },
    evidence,
    draft,
    /** Whether the viewer may answer it now (the server checks again on reply). */
    canReply:
      viewer.kind !== "consumer" &&
      (viewer.kind === "merchant" ? wo.routedTo === "merchant" : wo.routedTo === "platform") &&
      wo.status === "open" &&
      !(wo.dueAt && isPastDue(wo.dueAt, now)),
    invoiceRequest: invoiceRequest ?? null,
    order,
    consumer,
    shop,
    timeline,
    now,
  };
}
export type WorkOrderDetail = Awaited<ReturnType<typeof getWorkOrder>>;
