import { getTranslations } from "next-intl/server";
import { ComplaintDetailView } from "@/app/_components/complaints/complaint-detail";
import { SupplementForm } from "@/app/_components/complaints/supplement-form";
import { requireAudience } from "@/app/_components/require-audience";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";

export const metadata = { title: "投诉详情" };

/** MAL-1/MAL-2: one of this shop's complaints — status, decision, a material request to answer, the progress. */
export default async function MerchantComplaintPage({ params }: { params: Promise<{ complaintId: string }> }) {
  const { complaintId } = await params;
  const actor = await requireAudience("merchant");
  const detail = await orNotFound((await getCaller()).complaint.merchant.get({ complaintId }));
  const now = (await getContext()).now();
  const t = await getTranslations("complaint");
  return (
    <ComplaintDetailView
      detail={detail}
      timeZone={actor.merchant?.timeZone ?? DEFAULT_TIME_ZONE}
      serverNow={now}
      backHref="/merchant/complaints"
      backLabel={t("backToList")}
      orderHref={(id) => `/merchant/orders/${id}`}
      supplement={<SupplementForm complaintId={detail.id} />}
    />
  );
}
