import { getTranslations } from "next-intl/server";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { formatDateTime } from "../format";
import { interventionNextText, ReplySummary } from "../intervention/intervention-panels";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { WorkOrderStatusBadge } from "./work-order-badges";
import { DeadlineBanner, InvoicePanel, OrderPanel, OutcomePanel } from "./work-order-panels";

/** The consumer's status page: where it stands, the deadline, what happens next in plain words, the reply, the timeline. */
export async function ConsumerWorkOrderView({ wo }: { wo: WorkOrderDetail }) {
  const t = await getTranslations("workOrder");
  const party = t(`case.party.${wo.routedTo}`);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">
          {wo.type === "urge_invoice" ? t("consumer.title") : t(`types.${wo.type}`)}
        </h1>
        <WorkOrderStatusBadge status={wo.status} />
      </div>
      <DeadlineBanner wo={wo} />
      <Card title={t("consumer.next")}>
        <p className="text-sm leading-relaxed text-gray-800">
          {wo.type === "urge_invoice" ? nextText(wo, t, party) : await interventionNextText(wo)}
        </p>
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          {wo.type !== "urge_invoice" ? (
            <ReplySummary wo={wo} />
          ) : wo.reply || wo.status !== "open" ? (
            <OutcomePanel wo={wo} />
          ) : null}
          <Card title={t("timeline")}>
            <Timeline entries={wo.timeline} timeZone={wo.shop.timeZone} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <InvoicePanel wo={wo} href={wo.invoiceRequest ? `/invoices/${wo.invoiceRequest.id}` : undefined} />
          <OrderPanel wo={wo} href={`/orders/${wo.order.id}`} />
        </div>
      </div>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"workOrder">>>;

function nextText(wo: WorkOrderDetail, t: T, party: string): string {
  switch (wo.status) {
    case "open":
      return t("consumer.nextText.open", { party });
    case "promised":
      return t("consumer.nextText.promised", {
        party,
        time: wo.dueAt ? formatDateTime(wo.dueAt, wo.shop.timeZone) : "—",
        violation: wo.routedTo === "merchant" ? t("consumer.nextText.promisedViolation") : "",
      });
    case "resolved": {
      const key = `resolved_${wo.reply?.resolution ?? ""}`;
      return t.has(`consumer.nextText.${key}`)
        ? t(`consumer.nextText.${key}` as "consumer.nextText.resolved", { party })
        : t("consumer.nextText.resolved");
    }
    case "expired":
      return t("consumer.nextText.expired", { party });
    case "broken":
      return t("consumer.nextText.broken", { party });
    default:
      return t("consumer.nextText.other");
  }
}
