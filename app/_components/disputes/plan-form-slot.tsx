import { useTranslations } from "next-intl";
import { isPastDue } from "@/server/domain/deadlines";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { formatDate } from "../format";
import { Card } from "../ui/card";
import { PlanForm } from "./plan-form";

/** The plan form while the responsible party may still answer; otherwise a short note why not. */
export function PlanFormSlot({
  detail,
  audience,
  now,
}: {
  detail: DisputeDetail;
  audience: "merchant" | "admin";
  now: Date;
}) {
  const t = useTranslations("dispute.plan");
  const { dispute, policy, currentInvoice, order } = detail;
  if (dispute.status !== "awaiting_merchant") {
    return policy.judgedDirectly && dispute.status === "platform_judging" ? (
      <Card title={t("title")}>
        <p className="text-sm text-gray-600">{t("judgedDirectly")}</p>
      </Card>
    ) : null;
  }
  if (dispute.dueAt && isPastDue(dispute.dueAt, now)) {
    return (
      <Card title={t("title")}>
        <p className="text-sm text-red-700">{t("pastDue")}</p>
      </Card>
    );
  }
  return (
    <PlanForm
      audience={audience}
      disputeId={dispute.id}
      plans={policy.settlementPlans}
      noFault={policy.noFault}
      issuedInvoiceNo={currentInvoice?.status === "issued" ? (currentInvoice.invoiceNo ?? "") : null}
      today={formatDate(now, order.timeZone)}
      consumerName={order.consumerName}
      cancel={
        detail.cancel
          ? { availability: detail.cancel.planAvailability, refundableFen: detail.cancel.refundableFen }
          : null
      }
    />
  );
}
