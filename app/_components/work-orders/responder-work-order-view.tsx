import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { isPastDue } from "@/server/domain/deadlines";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { InterventionResponderPanels } from "../intervention/intervention-panels";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { ReplyForm } from "./reply-form";
import { WorkOrderStatusBadge } from "./work-order-badges";
import { CasePanel, DeadlineBanner, InvoicePanel, OrderPanel, OutcomePanel } from "./work-order-panels";

/** A work order for whoever answers it (merchant for SOP, platform for FBP): the case, the reply form or outcome, the timeline. */
export async function ResponderWorkOrderView({
  wo,
  audience,
}: {
  wo: WorkOrderDetail;
  audience: "merchant" | "admin";
}) {
  const t = await getTranslations("workOrder");
  const orderHref =
    audience === "merchant" ? `/merchant/orders/${wo.order.id}` : `/admin/shops/${wo.shop.id}/orders/${wo.order.id}`;
  const listHref = `/${audience}/work-orders`;
  const waitingForSweep = wo.status === "open" && wo.dueAt !== null && isPastDue(wo.dueAt, wo.now);
  const replyNote = waitingForSweep
    ? t("reply.expired")
    : wo.status !== "open"
      ? t("reply.closed")
      : !wo.canReply
        ? t("reply.notYours", { party: t(`case.party.${wo.routedTo}`) })
        : null;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={listHref} className="text-sm text-blue-700 hover:underline">
          ← {audience === "merchant" ? t("title") : t("adminTitle")}
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{t(`types.${wo.type}`)}</h1>
        <WorkOrderStatusBadge status={wo.status} />
        {audience === "admin" ? <span className="text-sm text-gray-500">{wo.shop.name}</span> : null}
      </div>
      <DeadlineBanner wo={wo} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <CasePanel wo={wo} />
          {wo.type !== "urge_invoice" ? (
            <InterventionResponderPanels wo={wo} audience={audience} />
          ) : wo.canReply ? (
            <Card title={t("reply.title")}>
              <ReplyForm workOrder={wo} audience={audience} />
            </Card>
          ) : (
            <>
              {replyNote ? (
                <p className="rounded-lg border border-gray-200 bg-gray-50 p-3 text-sm text-gray-600">{replyNote}</p>
              ) : null}
              <OutcomePanel wo={wo} />
            </>
          )}
        </div>
        <div className="flex flex-col gap-4">
          <InvoicePanel
            wo={wo}
            href={wo.invoiceRequest ? `/${audience}/invoices/${wo.invoiceRequest.id}` : undefined}
          />
          <OrderPanel wo={wo} href={orderHref} />
          <Card title={t("timeline")}>
            <Timeline entries={wo.timeline} timeZone={wo.shop.timeZone} />
          </Card>
        </div>
      </div>
    </div>
  );
}
