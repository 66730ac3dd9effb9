import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ComplaintDetailView, Fact } from "@/app/_components/complaints/complaint-detail";
import { ReviewForm } from "@/app/_components/complaints/review-form";
import { adminMarkView, RiskMarkList } from "@/app/_components/complaints/risk-marks";
import { RiskSignalsCard } from "@/app/_components/risk-signals/risk-signals-card";
import { adminSignalHref } from "@/app/_components/risk-signals/signal-href";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "审核投诉" };

/**
 * MAL-2: one complaint for review — the complaint, its orders, the evidence by slot, the buyer's marks, and
 * the decision: uphold / dismiss / ask for more material once, with a reason.
 */
export default async function AdminComplaintPage({ params }: { params: Promise<{ complaintId: string }> }) {
  const { complaintId } = await params;
  const caller = await getCaller();
  const detail = await orNotFound(caller.complaint.admin.get({ complaintId }));
  const [{ marks }, signals] = await Promise.all([
    caller.complaint.admin.marks({ consumerId: detail.consumerId, includeInactive: false }),
    caller.riskSignals.admin.buyer({ kind: "complaint", id: detail.id }),
  ]);
  const now = (await getContext()).now();
  const t = await getTranslations("complaint");
  const tSignals = await getTranslations("riskSignals");
  return (
    <ComplaintDetailView
      detail={detail}
      timeZone={detail.shop.timeZone}
      serverNow={now}
      facts={
        <Fact label={t("admin.shop")}>
          <Link href={`/admin/shops/${detail.shopId}`} className="text-blue-700 hover:underline">
            {detail.shop.name}
          </Link>
        </Fact>
      }
      backHref="/admin/complaints"
      backLabel={t("backToQueue")}
      orderHref={(id) => `/admin/shops/${detail.shopId}/orders/${id}`}
      review={detail.can.review ? <ReviewForm detail={detail} materialAsked={!detail.can.requestMaterial} /> : null}
      aside={
        <>
          <RiskSignalsCard
            title={`${tSignals("buyerTitle")} · ${detail.consumerName}`}
            signals={signals.signals}
            scope={signals.scope}
            hrefOf={adminSignalHref}
            marks={
              <RiskMarkList
                marks={marks.map(adminMarkView)}
                now={now}
                timeZone={detail.shop.timeZone}
                complaintHref={(id) => `/admin/complaints/${id}`}
              />
            }
          />
          <Link href={`/admin/risk-marks/${detail.consumerId}`} className="text-xs text-blue-700 hover:underline">
            {t("admin.buyerMarksLink")}
          </Link>
        </>
      }
    />
  );
}
